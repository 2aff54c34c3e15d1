import Testing
@testable import PamphletCore

@Test func tokenizerFoldsCaseAndAccents() {
    #expect(Tokenizer.words(in: "Sesión SESION sesion") == ["sesion", "sesion", "sesion"])
    // Decomposed accent (e + U+0301) folds like the precomposed one.
    #expect(Tokenizer.words(in: "cafe\u{301} Niño Straße") == ["cafe", "nino", "strasse"])
}

@Test func tokenizerSplitsOnPunctuationAndKeepsSourceRanges() {
    let text = "Side-effects: 45 minutes, é!"
    let tokens = Tokenizer.tokens(in: text)
    #expect(tokens.map(\.text) == ["side", "effects", "45", "minutes", "e"])
    #expect(tokens.map(\.position) == [0, 1, 2, 3, 4])
    let bytes = Array(text.utf8)
    #expect(String(decoding: bytes[tokens[4].sourceRange], as: UTF8.self) == "é")
}

@Test func tokenizerHandlesNonLatinScripts() {
    #expect(Tokenizer.words(in: "ケタミン療法 — терапия") == ["ケタミン療法", "терапия"])
}

@Test func stemmerFollowsTheLanguage() {
    #expect(Stemmer(language: "en").stem("sessions") == "session")
    #expect(Stemmer(language: "es-MX").stem("sesiones") == Stemmer(language: "es").stem("sesion"))
    #expect(Stemmer(language: "xx").stem("words") == "words")
}

@Test func typoBudgetFollowsWordLength() {
    #expect([4, 5, 8, 9].map(TypoTolerance.allowedTypos(forWordLength:)) == [0, 1, 1, 2])
}

/// Precomposed (NFC) and decomposed (NFD) input must fold to the same word: a patient's
/// keyboard and an author's editor do not agree on which they produce.
@Test(arguments: [
    ("Vi\u{1EC7}t", "Vie\u{323}\u{302}t", "viet"),          // ệ: one scalar, or e + dot below + circumflex
    ("Sesi\u{F3}n", "Sesio\u{301}n", "sesion"),
    ("Ni\u{F1}o", "Nin\u{303}o", "nino"),
    ("\u{C5}ngstr\u{F6}m", "A\u{30A}ngstro\u{308}m", "angstrom"),
    ("\u{1E9E}", "\u{1E9E}", "ss"),                         // capital sharp s folds as ß does
])
func precomposedAndDecomposedFoldAlike(composed: String, decomposed: String, folded: String) {
    #expect(TextFolding.fold(composed) == folded)
    #expect(TextFolding.fold(decomposed) == folded)
    #expect(Tokenizer.words(in: composed) == Tokenizer.words(in: decomposed))
}

@Test func compatibilityFormsFoldToTheirLetters() {
    #expect(TextFolding.fold("\u{FB01}le") == "file")                        // the ﬁ ligature
    #expect(Tokenizer.words(in: "e\u{FB03}cient") == ["efficient"])        // ﬃ inside a word
    #expect(TextFolding.fold("\u{FF33}\u{FF25}\u{FF33}\u{FF29}\u{D3}\u{FF2E}") == "sesion") // full-width letters
    #expect(TextFolding.fold("\u{2460}") == "1")                             // circled digit
}

@Test func lettersOfTheirOwnFoldToWhatPeopleType() {
    #expect(TextFolding.fold("Łódź Ærø Þórr Œuvre") == "lodz aero thorr oeuvre")
}

/// Kana voicing marks make other letters (ジ is not シ): they are kept, in either form.
@Test func kanaVoicingIsNotAnAccent() {
    #expect(TextFolding.fold("\u{30B8}") == TextFolding.fold("\u{30B7}\u{3099}"))
    #expect(TextFolding.fold("\u{30B8}") != TextFolding.fold("\u{30B7}"))
}
