/// Whether a typed word is a word of a crisis phrase: the same stem in the phrase's
/// language, or the same word through a typo, a stretched letter ("diee", "morirrr"),
/// a dropped final g or i ("killin", "killng"), y for i ("lyfe"), or a Spanish spelling that sounds the same ("bida",
/// "kiero", "aki"). Typos are forgiven as search forgives them (none under 5 letters,
/// one from 5, two from 9, a swap counting as one), counted on the typed word; and one typo
/// when the phrase's word is long enough for one, so that a letter left out of a short
/// word ("matr" for "matar") is forgiven too (not for a quoted word: "this form only", and
/// not between stems, where a short word would meet too much).
enum CrisisWordMatcher {
    struct TypedWord {
        /// The word as typed (folded), and its other spellings.
        let forms: [[UInt8]]
        let stems: [String]

        init(_ text: String, language: String, stemmer: Stemmer) {
            var spellings = [text]
            let stretched = CrisisWordMatcher.collapsingRepeats(text)
            if stretched != text { spellings.append(stretched) }
            if language == "en" { spellings += CrisisWordMatcher.englishSpellings(of: text) }
            if language == "es" { spellings.append(CrisisWordMatcher.spanishSound(text)) }
            var unique: [String] = []
            for spelling in spellings where !unique.contains(spelling) { unique.append(spelling) }
            forms = unique.map { Array($0.utf8) }
            stems = unique.map(stemmer.stem)
        }
    }

    struct PatternWord {
        let word: CrisisPattern.Word
        let bytes: [UInt8]
        /// Other spellings that mean the same word: stretched letters removed, Spanish sound.
        let forms: [[UInt8]]
        let stem: String

        /// As compiled before (`CompiledCrisisLanguage`).
        init(word: CrisisPattern.Word, forms: [[UInt8]], stem: String) {
            self.word = word
            bytes = Array(word.text.utf8)
            self.forms = forms
            self.stem = stem
        }

        init(_ word: CrisisPattern.Word, language: String, stemmer: Stemmer) {
            self.word = word
            bytes = Array(word.text.utf8)
            var spellings = [word.text, CrisisWordMatcher.collapsingRepeats(word.text)]
            if language == "es" { spellings.append(CrisisWordMatcher.spanishSound(word.text)) }
            forms = spellings.map { Array($0.utf8) }
            stem = stemmer.stem(word.text)
        }
    }

    static func meets(_ typed: TypedWord, _ pattern: PatternWord) -> Bool {
        for (index, form) in typed.forms.enumerated() {
            let allowed = max(TypoTolerance.allowedTypos(forWordLength: form.count),
                              min(1, TypoTolerance.allowedTypos(forWordLength: pattern.bytes.count)))
            switch pattern.word.form {
            case .exactly:
                let allowed = TypoTolerance.allowedTypos(forWordLength: form.count)
                if pattern.forms.contains(where: { EditDistance.optimalStringAlignment(form, $0, atMost: allowed) != nil }) {
                    return true
                }
            case .prefix:
                if prefixMeets(form, pattern.bytes) { return true }
            case .anyInflection:
                let stem = typed.stems[index]
                if stem == pattern.stem || pattern.forms.contains(form) { return true }
                if pattern.forms.contains(where: { EditDistance.optimalStringAlignment(form, $0, atMost: allowed) != nil }) {
                    return true
                }
                // Counted on the typed word, not the stems: "kiling" (kile) is one typo from
                // "kill", but a short word is none from a stem ("por" is not "morir", stem mor),
                // and a stem's first letter is kept ("killing", kill, is not "pills", pill).
                let stemAllowed = TypoTolerance.allowedTypos(forWordLength: form.count)
                if stemAllowed > 0, stem.utf8.first == pattern.stem.utf8.first, EditDistance.optimalStringAlignment(Array(stem.utf8), Array(pattern.stem.utf8), atMost: stemAllowed) != nil {
                    return true
                }
            }
        }
        return false
    }

    /// `word*`: the typed word starts with the prefix, or with something a typo away from it.
    private static func prefixMeets(_ typed: [UInt8], _ prefix: [UInt8]) -> Bool {
        if typed.starts(with: prefix) { return true }
        let allowed = TypoTolerance.allowedTypos(forWordLength: prefix.count)
        guard allowed > 0 else { return false }
        return (max(1, prefix.count - allowed)...(prefix.count + allowed)).contains { length in
            length <= typed.count
                && EditDistance.optimalStringAlignment(Array(typed.prefix(length)), prefix, atMost: allowed) != nil
        }
    }

    /// English words as they are typed in a hurry: a dropped final g ("killin"), a dropped i
    /// before it ("killng", "endng"), y for i between consonants ("lyfe").
    static func englishSpellings(of text: String) -> [String] {
        let letters = Array(text.utf8)
        let vowels = Set("aeiouy".utf8)
        func isConsonant(_ letter: UInt8) -> Bool { !vowels.contains(letter) && letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") }
        var spellings: [String] = []
        if letters.count >= 5, text.hasSuffix("in") { spellings.append(text + "g") }
        if letters.count >= 5, text.hasSuffix("ng"), isConsonant(letters[letters.count - 3]) {
            spellings.append(String(text.dropLast(2)) + "ing")
        }
        if letters.count >= 3 {
            var respelled = letters
            for index in 1..<(letters.count - 1) where letters[index] == UInt8(ascii: "y")
                && isConsonant(letters[index - 1]) && isConsonant(letters[index + 1]) {
                respelled[index] = UInt8(ascii: "i")
            }
            if respelled != letters { spellings.append(String(decoding: respelled, as: UTF8.self)) }
        }
        return spellings
    }

    /// "diee" → "die", "morirrr" → "morir": a letter held down counts once.
    static func collapsingRepeats(_ text: String) -> String {
        var out: [UInt8] = []
        for byte in text.utf8 where out.last != byte { out.append(byte) }
        return String(decoding: out, as: UTF8.self)
    }

    /// A Spanish word by its sound, as people spell it when they write fast: b/v, s/z/soft c,
    /// k/qu/hard c, y/ll, a silent h, soft g/j all meet ("bida" = "vida", "kiero" = "quiero").
    static func spanishSound(_ text: String) -> String {
        let letters = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        func next(_ offset: Int = 1) -> UInt8? { index + offset < letters.count ? letters[index + offset] : nil }
        let softVowels: Set<UInt8> = [UInt8(ascii: "e"), UInt8(ascii: "i")]
        while index < letters.count {
            let letter = letters[index]
            switch letter {
            case UInt8(ascii: "q") where next() == UInt8(ascii: "u"):
                out.append(UInt8(ascii: "k")); index += 1
            case UInt8(ascii: "c") where next() == UInt8(ascii: "h"):
                out.append(contentsOf: [UInt8(ascii: "c"), UInt8(ascii: "h")]); index += 1
            case UInt8(ascii: "c"):
                out.append(next().map(softVowels.contains) == true ? UInt8(ascii: "s") : UInt8(ascii: "k"))
            case UInt8(ascii: "z"): out.append(UInt8(ascii: "s"))
            case UInt8(ascii: "v"): out.append(UInt8(ascii: "b"))
            case UInt8(ascii: "h"): break
            case UInt8(ascii: "l") where next() == UInt8(ascii: "l"):
                out.append(UInt8(ascii: "y")); index += 1
            case UInt8(ascii: "g") where next().map(softVowels.contains) == true:
                out.append(UInt8(ascii: "j"))
            default: out.append(letter)
            }
            index += 1
        }
        return collapsingRepeats(String(decoding: out, as: UTF8.self))
    }
}
