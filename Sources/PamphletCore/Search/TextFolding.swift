/// Case and diacritic folding, so that "Sesión", "SESION" and "sesion" meet in one term.
///
/// Works scalar by scalar without Foundation (which would pull ICU into the binary):
/// lowercase through the Unicode property, then map precomposed Latin letters to their
/// base letter and drop combining marks, which also covers decomposed (NFD) input.
enum TextFolding {
    /// Appends the folded UTF-8 bytes of `scalar` to `out`.
    static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            return
        }
        if scalar.properties.generalCategory == .nonspacingMark { return }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            if let base = baseLetters[lower] {
                out.append(contentsOf: base.utf8)
            } else if lower.properties.generalCategory != .nonspacingMark {
                out.append(contentsOf: String(lower).utf8)
            }
        }
    }

    /// The folded form of a whole string (letters and everything else alike).
    static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { appendFolded(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lowercase accented Latin letters (Latin-1 Supplement and Latin Extended-A) to base letters.
    private static let baseLetters: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"),
            ("ĝğġģ", "g"), ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"),
            ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"), ("ŕŗř", "r"),
            ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ð", "d"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}
