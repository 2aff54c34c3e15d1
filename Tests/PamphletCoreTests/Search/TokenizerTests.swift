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
