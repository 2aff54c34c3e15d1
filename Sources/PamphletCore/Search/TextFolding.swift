import CUtf8proc

/// Case and diacritic folding, so that "Sesión", "SESION" and "sesion" meet in one
/// term, and normalisation, so that a precomposed and a decomposed "Việt" are one word.
///
/// utf8proc (the library tmux and Julia use) does the Unicode work: full case folding
/// ("ß" → "ss"), compatibility decomposition ("ﬁ" → "fi", full-width "Ａ" → "a") and
/// canonical decomposition, after which nonspacing marks (accents) are dropped. Because
/// every scalar is decomposed whatever form it arrived in, NFC and NFD input fold alike.
/// Foundation would do the same through ICU, which costs the reader its start-up time.
enum TextFolding {
    /// utf8proc's options for folding one scalar: no allocation, no composition.
    private static let options = utf8proc_option_t(
        rawValue: UTF8PROC_DECOMPOSE.rawValue | UTF8PROC_COMPAT.rawValue | UTF8PROC_CASEFOLD.rawValue)

    /// Appends the folded UTF-8 bytes of `scalar` to `out`.
    static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            return
        }
        // The longest full decomposition in Unicode is 18 scalars (U+FDFA); 32 leaves room.
        withUnsafeTemporaryAllocation(of: utf8proc_int32_t.self, capacity: 32) { buffer in
            var boundClass: Int32 = 0
            let count = utf8proc_decompose_char(utf8proc_int32_t(value), buffer.baseAddress, 32, options, &boundClass)
            guard count >= 0, count <= 32 else {
                // Not a character utf8proc can decompose: keep it as it is.
                out.append(contentsOf: String(scalar).utf8)
                return
            }
            for folded in buffer.prefix(count) {
                if utf8proc_category(folded) == UTF8PROC_CATEGORY_MN && !isKanaVoicingMark(folded) { continue }
                guard let folded = Unicode.Scalar(UInt32(folded)) else { continue }
                if let base = lettersWithoutDecomposition[folded] {
                    out.append(contentsOf: base.utf8)
                } else {
                    out.append(contentsOf: String(folded).utf8)
                }
            }
        }
    }

    /// Kana's voicing marks (U+3099, U+309A) tell ジ from シ: they make another
    /// letter, not an accent on the same one, so they stay.
    private static func isKanaVoicingMark(_ value: utf8proc_int32_t) -> Bool {
        value == 0x3099 || value == 0x309A
    }

    /// The folded form of a whole string (letters and everything else alike).
    static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { appendFolded(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Latin letters that are letters of their own in Unicode, not a base letter plus a
    /// mark, so no decomposition reaches the base; a reader searching without the
    /// keyboard for them types these instead.
    private static let lettersWithoutDecomposition: [Unicode.Scalar: String] = [
        "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t",
        "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
    ]
}
