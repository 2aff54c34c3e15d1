/// One word of a text: its folded form and where it came from.
struct Token: Sendable, Equatable {
    /// Case- and diacritic-folded word.
    var text: String
    /// Ordinal of the word in its text (0, 1, 2...), for proximity.
    var position: Int
    /// Byte range of the original word in the text's UTF-8, for snippets.
    var sourceRange: Range<Int>
}

/// Splits text into words made of Unicode letters and digits.
///
/// Anything else (spaces, punctuation, apostrophes, symbols) separates words. ASCII, the
/// bulk of the shipped articles, is classified with a table; other scalars go through
/// their Unicode properties. Combining marks continue a word so decomposed accents stay
/// inside it.
enum Tokenizer {
    static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var word: [UInt8] = []
        var wordStart = 0
        var offset = 0
        func finishWord(at end: Int) {
            guard !word.isEmpty else { return }
            tokens.append(Token(text: String(decoding: word, as: UTF8.self),
                                position: tokens.count, sourceRange: wordStart..<end))
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if isWordScalar(scalar) {
                if word.isEmpty { wordStart = offset }
                TextFolding.appendFolded(scalar, to: &word)
            } else if !word.isEmpty && scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark {
                // (Below U+0300 nothing is a nonspacing mark: spaces and punctuation skip the lookup.)
                // A combining accent continues its word; folding drops it.
            } else {
                finishWord(at: offset)
            }
            offset += width
        }
        finishWord(at: offset)
        return tokens
    }

    /// The folded words alone, for queries and keyword lists.
    static func words(in text: String) -> [String] { tokens(in: text).map(\.text) }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            let lowered = value | 0x20
            return (lowered >= 0x61 && lowered <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }
}
