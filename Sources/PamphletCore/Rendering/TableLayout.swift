/// Draws a GFM table with box-drawing characters when its columns fit the
/// width, wrapping cells where needed; when they cannot fit, lists each row
/// as "Header: value" records instead.
enum TableLayout {
    /// Columns narrower than this (or their content, if smaller) make a table
    /// unreadable; below it the table is shown as records.
    static let minimumColumnWidth = 8

    static func lines(for table: Table, width: Int, line: Int) -> [BlockLine] {
        let columnCount = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else { return [] }
        let header = cells(table.header, count: columnCount, role: .tableHeader)
        let rows = table.rows.map { cells($0, count: columnCount, role: .body) }
        if let widths = columnWidths(header: header, rows: rows, width: width) {
            let alignments = (0..<columnCount).map { $0 < table.alignments.count ? table.alignments[$0] : .none }
            return grid(header: header, rows: rows, widths: widths, alignments: alignments, line: line)
        }
        return records(header: header, rows: rows, width: width, line: line)
    }

    /// A cell's spans on one line; hard breaks inside a cell become spaces.
    private static func cells(_ row: [[Inline]], count: Int, role: SpanRole) -> [[Span]] {
        (0..<count).map { index in
            guard index < row.count else { return [] }
            let spanLines = InlineLayout.spanLines(row[index], role: role)
            if role == .tableHeader { return spanLines.flatMap { $0 }.map { Span($0.text, .tableHeader) } }
            return Array(spanLines.joined(separator: [Span(" ", role)]))
        }
    }

    /// Each column's content width, shrinking the widest columns until the table
    /// fits; nil when even the narrowest readable columns would not fit.
    private static func columnWidths(header: [[Span]], rows: [[[Span]]], width: Int) -> [Int]? {
        let count = header.count
        let available = width - (3 * count + 1)
        var widths = (0..<count).map { column in
            max(1, ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 1)
        }
        let floors = widths.map { min($0, minimumColumnWidth) }
        guard floors.reduce(0, +) <= available else { return nil }
        while widths.reduce(0, +) > available {
            let widest = widths.indices.max { widths[$0] < widths[$1] }!
            widths[widest] -= 1
        }
        return widths
    }

    private static func grid(header: [[Span]], rows: [[[Span]]], widths: [Int],
                             alignments: [Table.Alignment], line: Int) -> [BlockLine] {
        func border(_ left: String, _ middle: String, _ right: String) -> BlockLine {
            let text = left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
            return BlockLine(spans: [Span(text, .tableBorder)], sourceLine: line)
        }
        func rowLines(_ cells: [[Span]]) -> [BlockLine] {
            let wrapped = cells.indices.map { WordWrap.wrap(cells[$0], width: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { lineIndex in
                var spans = [Span("│", .tableBorder)]
                for column in cells.indices {
                    let content = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : []
                    spans += padded(content, to: widths[column], alignment: alignments[column])
                    spans.append(Span("│", .tableBorder))
                }
                return BlockLine(spans: merged(spans), sourceLine: line)
            }
        }

        let bodyLines = rows.map(rowLines)
        // Rule between body rows only when some row takes several lines, where
        // without it the reader could not tell rows apart.
        let separated = bodyLines.contains { $0.count > 1 }
        var output = [border("┌", "┬", "┐")] + rowLines(header) + [border("├", "┼", "┤")]
        for (index, lines) in bodyLines.enumerated() {
            if separated && index > 0 { output.append(border("├", "┼", "┤")) }
            output += lines
        }
        output.append(border("└", "┴", "┘"))
        return output
    }

    /// " content " padded to the column width, as the column's alignment says.
    private static func padded(_ content: [Span], to width: Int, alignment: Table.Alignment) -> [Span] {
        let slack = max(0, width - DisplayWidth.of(content))
        let left: Int
        switch alignment {
        case .right: left = slack
        case .center: left = slack / 2
        case .left, .none: left = 0
        }
        return [Span(String(repeating: " ", count: 1 + left))] + content
            + [Span(String(repeating: " ", count: 1 + slack - left))]
    }

    /// Neighbouring spans of one role joined, so a line has as few spans as it needs.
    private static func merged(_ spans: [Span]) -> [Span] {
        var output: [Span] = []
        for span in spans where !span.text.isEmpty {
            if let last = output.indices.last, output[last].role == span.role {
                output[last].text += span.text
            } else {
                output.append(span)
            }
        }
        return output
    }

    /// One "Header: value" line (wrapped, hanging indent) per cell, a blank line between rows.
    private static func records(header: [[Span]], rows: [[[Span]]], width: Int, line: Int) -> [BlockLine] {
        var output: [BlockLine] = []
        for row in rows {
            if !output.isEmpty { output.append(BlockLine(spans: [], sourceLine: line)) }
            for (column, cell) in row.enumerated() {
                let label = header[column].isEmpty ? [] : header[column] + [Span(": ", .tableHeader)]
                let wrapped = WordWrap.wrap(label + cell, width: width, continuationPrefix: WordWrap.indent(2))
                output += wrapped.map { BlockLine(spans: $0, sourceLine: line) }
            }
        }
        return output
    }
}
