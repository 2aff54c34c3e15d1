/// Terminal columns taken by text: the one width function used both to lay
/// text out and to paint it, so the two can never disagree.
///
/// Widths come from generated Unicode tables (`WidthTable.swift`), never from
/// the C library's `wcwidth`, so they do not depend on the process locale
/// (`LANG=C` measures the same as a UTF-8 locale).
///
/// A `Character` (grapheme cluster) is measured as one unit:
/// - East Asian Wide/Fullwidth and emoji-presentation characters: 2;
/// - a text-default symbol followed by U+FE0F (e.g. "❤️", "1️⃣"), regional-indicator
///   pairs (flags) and emoji ZWJ sequences: 2;
/// - combining marks, ZWJ, variation selectors and other zero-width format
///   characters add nothing: the cluster is as wide as its base; alone they are 0;
/// - control characters (C0, DEL, C1) measure as their `Sanitizer` placeholder: 1.
///   Tabs and newlines too: layout expands tabs and splits lines before measuring.
public enum DisplayWidth {
    /// Columns of a string: the sum of its grapheme clusters' widths.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        if let ascii = printableASCIICount(text.utf8) { return ascii }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Columns of a string; the same as the generic `of(_:)`, with the ASCII
    /// check over contiguous bytes (a generic collection walk cost more than the
    /// rest of laying out a 50,000-row `requests list`).
    public static func of(_ text: String) -> Int {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? bytes.count : nil
        }
        if let ascii = ascii ?? printableASCIICount(text.utf8) { return ascii }
        if let simple = simpleScalarsWidth(text) { return simple }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The width of text made only of scalars that never join a neighbour in a
    /// grapheme cluster (Grapheme_Cluster_Break "Other": printable ASCII, Latin-1
    /// and Latin Extended letters, kana, CJK ideographs, Hangul syllables, whose
    /// joining scalars are all outside these ranges), so each scalar is a cluster
    /// of its own width; nil for anything else. Walking clusters cost about 300
    /// instructions a character, most of a names column such as "Zoë 山田".
    static func simpleScalarsWidth(_ text: String) -> Int? {
        var total = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300: total += 1  // not U+00AD, a zero-width format character
            case 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3: total += 2
            default: return nil
            }
        }
        return total
    }

    /// Columns of a line made of spans.
    public static func of(_ spans: [Span]) -> Int {
        spans.reduce(0) { $0 + of($1.text) }
    }

    /// Columns of one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let base = iterator.next() else { return 0 }
        if base.value >= 0x20 && base.value < 0x7F && character.utf8.count == 1 { return 1 }
        if isControl(base) { return 1 }

        let baseWidth = of(base)
        if baseWidth == 2 || base.properties.isEmojiPresentation { return 2 }

        var width = baseWidth
        var previous = base
        while let scalar = iterator.next() {
            if scalar.value == 0xFE0F, contains(WidthTable.wideWithVariationSelector16, previous) {
                return 2
            }
            // An emoji ZWJ sequence shows as one emoji glyph.
            if previous.value == 0x200D, base.properties.isEmoji, scalar.properties.isEmojiPresentation {
                return 2
            }
            // A cluster that starts with a zero-width scalar (e.g. a prepended
            // format character) is as wide as its first visible scalar.
            if width == 0 { width = of(scalar) }
            previous = scalar
        }
        return width
    }

    /// Columns of a single scalar, without the context of its cluster.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if isControl(scalar) { return 1 }
        if contains(WidthTable.zeroWidth, scalar) { return 0 }
        if contains(WidthTable.wide, scalar) { return 2 }
        return 1
    }

    /// C0 controls, DEL and C1 controls: what the sanitizer replaces.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// The length when every byte is printable ASCII (one column each), else nil.
    private static func printableASCIICount<U: Collection<UInt8>>(_ utf8: U) -> Int? {
        var count = 0
        for byte in utf8 {
            guard byte >= 0x20 && byte < 0x7F else { return nil }
            count += 1
        }
        return count
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}

extension StringProtocol {
    /// Terminal columns of this text; see `DisplayWidth`.
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension Character {
    /// Terminal columns of this grapheme cluster; see `DisplayWidth`.
    public var displayWidth: Int { DisplayWidth.of(self) }
}
