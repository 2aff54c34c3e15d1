import PamphletCore

/// A search snippet laid out for the results list: sanitized, word-wrapped to a few
/// lines, the matched words in the match role.
enum SnippetLines {
    static func lines(of snippet: Snippet, width: Int, maxLines: Int) -> [[Span]] {
        var spans: [Span] = []
        var cursor = snippet.text.startIndex
        for range in snippet.matches {
            spans += Sanitizer.spans(flattened(snippet.text[cursor..<range.lowerBound]))
            spans += Sanitizer.spans(flattened(snippet.text[range]), role: .match)
            cursor = range.upperBound
        }
        spans += Sanitizer.spans(flattened(snippet.text[cursor...]))
        let lines = WordWrap.wrap(spans, width: max(1, width))
        guard lines.count > maxLines, maxLines > 0 else { return lines }
        var shown = Array(lines.prefix(maxLines))
        shown[maxLines - 1] = ellipsized(shown[maxLines - 1], width: width)
        return shown
    }

    /// Paragraph breaks in a snippet read as spaces in a one-paragraph preview.
    private static func flattened(_ text: Substring) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// The line with "…" at its end, cutting its last characters when it is full.
    private static func ellipsized(_ line: [Span], width: Int) -> [Span] {
        var spans = line
        while DisplayWidth.of(spans.map(\.text).joined()) > width - 1, var last = spans.popLast() {
            guard !last.text.isEmpty else { continue }
            last.text.removeLast()
            if !last.text.isEmpty { spans.append(last) }
        }
        spans.append(Span("…", .meta))
        return spans
    }
}
