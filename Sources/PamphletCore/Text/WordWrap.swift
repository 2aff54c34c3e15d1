/// Fits styled text into lines of at most `width` terminal columns.
///
/// Lines break at spaces, and between CJK ideographs (which are written without
/// spaces), but not before closing or after opening punctuation. A word wider
/// than the line (a URL, say) is broken by columns. A grapheme cluster is never
/// split and a wide character never straddles the right edge. Roles carry over a
/// break, so a bold phrase stays bold on the next line. Runs of spaces collapse
/// to one; spaces at a break are dropped; a newline in the text ends the line.
///
/// Input spans must already be sanitized; measuring uses `DisplayWidth`.
public enum WordWrap {
    /// Wrapped lines, each beginning with a prefix: `firstPrefix` on the first
    /// line, `continuationPrefix` on the rest (default: as many spaces as the
    /// first prefix is wide, a hanging indent). Use ("• ", "  ") for list items,
    /// ("│ ", "│ ") for quotes. A prefix too wide for `width` loses its left part,
    /// so that the text keeps room. Empty text gives one line: the first prefix.
    public static func wrap(_ spans: [Span], width: Int, firstPrefix: [Span] = [],
                            continuationPrefix: [Span]? = nil) -> [[Span]] {
        let width = max(1, width)
        let first = fitted(prefix: firstPrefix, width: width)
        let rest = fitted(prefix: continuationPrefix ?? indent(DisplayWidth.of(firstPrefix)), width: width)
        var scanner = WordScanner(builder: WrappedLineBuilder(width: width, prefix: first, continuationPrefix: rest))
        for span in spans { scanner.scan(span) }
        return scanner.finish()
    }

    /// Plain-text convenience: wraps `text` and returns the lines' text.
    public static func wrap(_ text: String, width: Int, firstPrefix: String = "",
                            continuationPrefix: String? = nil) -> [String] {
        wrap([Span(text)], width: width, firstPrefix: firstPrefix.isEmpty ? [] : [Span(firstPrefix)],
             continuationPrefix: continuationPrefix.map { [Span($0)] })
            .map { $0.map(\.text).joined() }
    }

    /// Breaks one line by columns only, keeping every space (for code): the
    /// pieces after the first start with `continuationPrefix`.
    public static func breakByColumns(_ spans: [Span], width: Int, continuationPrefix: [Span] = []) -> [[Span]] {
        let width = max(1, width)
        var builder = WrappedLineBuilder(width: width, prefix: [],
                                         continuationPrefix: fitted(prefix: continuationPrefix, width: width))
        for span in spans {
            for character in span.text {
                builder.placeBreaking(character, span.role, width: DisplayWidth.of(character))
            }
        }
        return builder.finish()
    }

    // MARK: - Prefixes

    static func indent(_ columns: Int) -> [Span] {
        columns > 0 ? [Span(String(repeating: " ", count: columns))] : []
    }

    /// The prefix, cut from the left when it would leave the text fewer than
    /// min(10, width / 2) columns (and never fewer than 2, the width of a wide
    /// character), so that deep nesting stays readable.
    static func fitted(prefix: [Span], width: Int) -> [Span] {
        let limit = max(0, width - max(2, min(10, width / 2)))
        var excess = DisplayWidth.of(prefix) - limit
        guard excess > 0 else { return prefix }
        var result: [Span] = []
        for span in prefix {
            var text = Substring(span.text)
            while excess > 0, let first = text.first {
                excess -= DisplayWidth.of(first)
                text = text.dropFirst()
            }
            if !text.isEmpty { result.append(Span(String(text), span.role)) }
        }
        if excess < 0 { result.insert(Span(String(repeating: " ", count: -excess)), at: 0) }
        return result
    }
}
