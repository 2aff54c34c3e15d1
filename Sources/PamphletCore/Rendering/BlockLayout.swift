/// A laid-out line before it is placed in a section: its spans and the source
/// line of the block it came from.
struct BlockLine: Equatable {
    var spans: [Span]
    var sourceLine: Int
}

/// Lays out article blocks (paragraphs, lists, quotes, code, tables, rules) at a
/// width. Blocks are separated by one blank line; a list's nested blocks are
/// indented under its marker, a quote's prefixed with a bar.
enum BlockLayout {
    static func lines(for blocks: [Block], width: Int, listDepth: Int = 0, separated: Bool = true) -> [BlockLine] {
        var output: [BlockLine] = []
        for block in blocks {
            let blockLines = lines(for: block, width: width, listDepth: listDepth)
            guard !blockLines.isEmpty else { continue }
            if separated && !output.isEmpty { output.append(BlockLine(spans: [], sourceLine: block.line)) }
            output += blockLines
        }
        return output
    }

    static func lines(for block: Block, width: Int, listDepth: Int) -> [BlockLine] {
        switch block.kind {
        case .paragraph(let inlines):
            return wrapped(inlines, role: .body, width: width, line: block.line)
        case .list(let ordered, let start, let tight, let items):
            return list(ordered: ordered, start: start, tight: tight, items: items,
                        width: width, depth: listDepth, line: block.line)
        case .quote(let blocks):
            let bar = [Span("│ ", .quote)]
            let prefix = WordWrap.fitted(prefix: bar, width: width)
            let inner = lines(for: blocks, width: width - DisplayWidth.of(prefix), listDepth: listDepth)
            return inner.map { line in
                // A blank line inside the quote keeps the bar but no trailing space.
                let spans = line.spans.isEmpty ? [Span("│", .quote)] : prefix + line.spans
                return BlockLine(spans: spans, sourceLine: line.sourceLine)
            }
        case .code(_, let text):
            return code(text, width: width, line: block.line)
        case .table(let table):
            return TableLayout.lines(for: table, width: width, line: block.line)
        case .thematicBreak:
            return [BlockLine(spans: [Span(String(repeating: "─", count: width), .rule)], sourceLine: block.line)]
        case .html(let html):
            return htmlBlock(html, width: width, line: block.line)
        }
    }

    /// Wrapped inline content; each hard line break starts a new line.
    static func wrapped(_ inlines: [Inline], role: SpanRole, width: Int, line: Int) -> [BlockLine] {
        InlineLayout.spanLines(inlines, role: role).flatMap { spans in
            WordWrap.wrap(spans, width: width).map { BlockLine(spans: $0, sourceLine: line) }
        }
    }

    private static let bullets = ["• ", "◦ ", "▪ "]

    private static func list(ordered: Bool, start: Int, tight: Bool, items: [[Block]],
                             width: Int, depth: Int, line: Int) -> [BlockLine] {
        let lastNumber = start + max(0, items.count - 1)
        let markerWidth = ordered ? String(lastNumber).count + 2 : 2
        var output: [BlockLine] = []
        for (index, item) in items.enumerated() {
            let text = ordered ? "\(start + index). " : bullets[depth % bullets.count]
            let marker = WordWrap.fitted(
                prefix: [Span(String(repeating: " ", count: max(0, markerWidth - DisplayWidth.of(text))) + text, .listMarker)],
                width: width)
            let indentWidth = DisplayWidth.of(marker)
            let itemLines = lines(for: item, width: width - indentWidth, listDepth: depth + 1, separated: !tight)
            let itemLine = item.first?.line ?? line
            if !tight && !output.isEmpty { output.append(BlockLine(spans: [], sourceLine: itemLine)) }
            if itemLines.isEmpty {
                output.append(BlockLine(spans: marker, sourceLine: itemLine))
                continue
            }
            for (lineIndex, itemLine) in itemLines.enumerated() {
                let prefix = lineIndex == 0 ? marker : WordWrap.indent(indentWidth)
                let spans = itemLine.spans.isEmpty ? [] : prefix + itemLine.spans
                output.append(BlockLine(spans: spans, sourceLine: itemLine.sourceLine))
            }
        }
        return output
    }

    /// Code keeps its spacing: tabs expand to 4-column stops, and only lines
    /// wider than the screen are broken, their continuations marked "↪".
    private static func code(_ text: String, width: Int, line: Int) -> [BlockLine] {
        let indent = WordWrap.fitted(prefix: [Span("    ")], width: width)
        let continuation = WordWrap.fitted(prefix: [Span("  ↪ ", .meta)], width: width)
        let available = width - DisplayWidth.of(indent)
        var sourceLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if sourceLines.last?.isEmpty == true { sourceLines.removeLast() }
        var output: [BlockLine] = []
        for sourceLine in sourceLines {
            let lineNumber = line
            let expanded = expandingTabs(String(sourceLine))
            if expanded.isEmpty {
                output.append(BlockLine(spans: [], sourceLine: lineNumber))
                continue
            }
            let pieces = WordWrap.breakByColumns(Sanitizer.spans(expanded, role: .code), width: available,
                                                 continuationPrefix: [])
            for (index, piece) in pieces.enumerated() {
                output.append(BlockLine(spans: (index == 0 ? indent : continuation) + piece, sourceLine: lineNumber))
            }
        }
        return output
    }

    static func expandingTabs(_ text: String, tabWidth: Int = 4) -> String {
        // By scalar: String's contains("\t") searches for a string and misses a
        // tab that a combining mark follows, which then reached the terminal.
        guard text.unicodeScalars.contains("\t") else { return text }
        var output = ""
        var column = 0
        for character in text {
            if character == "\t" {
                let spaces = tabWidth - column % tabWidth
                output += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                output.append(character)
                column += DisplayWidth.of(character)
            }
        }
        return output
    }

    /// Raw HTML is shown as text, never interpreted; comments are notes for
    /// authors and are not shown.
    private static func htmlBlock(_ html: String, width: Int, line: Int) -> [BlockLine] {
        let trimmed = html.trimmingWhitespace()
        if trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->") { return [] }
        return code(trimmed, width: width, line: line)
    }
}
