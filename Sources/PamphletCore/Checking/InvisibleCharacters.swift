/// Characters that take no space and show nothing, yet make two titles that
/// look the same differ (search, links and `faq` filters stop matching) or
/// smuggle text a reader cannot see (tag characters, U+E0000–U+E007F, can
/// spell out a whole hidden sentence). `check` warns about them in titles.
///
/// Not flagged: ZWJ and ZWNJ (emoji sequences, Persian and Indic spelling need
/// them) and tag characters inside an emoji flag sequence (🏴 + tags + cancel
/// tag, such as the flag of Scotland).
enum InvisibleCharacters {
    private static let zeroWidth: [UInt32: String] = [
        0x200B: "zero width space", 0x2060: "word joiner", 0xFEFF: "zero width no-break space",
        0x180E: "Mongolian vowel separator", 0x00AD: "soft hyphen",
    ]

    /// The first invisible character in `text`, as "U+200B (zero width space)".
    static func first(in text: String) -> String? {
        var inFlagSequence = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x1F3F4 { inFlagSequence = true; continue }
            if (0xE0000...0xE007F).contains(value) {
                if inFlagSequence { if value == 0xE007F { inFlagSequence = false }; continue }
                return "\(hex(value)) (tag character)"
            }
            inFlagSequence = false
            if let name = zeroWidth[value] { return "\(hex(value)) (\(name))" }
        }
        return nil
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
