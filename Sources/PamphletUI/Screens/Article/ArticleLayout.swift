import PamphletCore

/// An article laid out for one terminal width: the rendered lines and the column they sit in.
struct ArticleLayout: Sendable {
    let column: ReadingColumn
    let lines: [RenderedLine]

    /// With `pinnedCrisisBanner` the screen keeps the crisis text on its top row,
    /// so the copy the renderer puts under the title is left out of the body.
    init(article: Article, terminalWidth: Int, pinnedCrisisBanner: Bool) {
        column = ReadingColumn(terminalWidth: terminalWidth)
        let rendered = ArticleRenderer.render(article, width: column.width, section: nil)
        let body = pinnedCrisisBanner ? Self.removingCrisisBanner(from: rendered) : rendered
        lines = body + Self.callToAction(width: column.width, after: body.last)
    }

    static var callToActionText: String { tr("Want to talk to the clinic? Press c to request a consultation.") }

    /// The invitation every article ends with, belonging to the last section so that
    /// the status line still names it.
    private static func callToAction(width: Int, after last: RenderedLine?) -> [RenderedLine] {
        let wrapped = WordWrap.wrap(callToActionText, width: width)
        let blank = RenderedLine(spans: [], anchor: last?.anchor, sourceLine: (last?.sourceLine ?? 0) + 1)
        return [blank] + wrapped.map {
            RenderedLine(spans: [Span($0, .strong)], anchor: last?.anchor, sourceLine: blank.sourceLine)
        }
    }

    /// The first line laid out from the block at `sourceLine`, or from the first block
    /// after it; never the blank line that separates it from the block before.
    func firstLine(atOrAfter sourceLine: Int) -> Int {
        lines.firstIndex { $0.sourceLine >= sourceLine && !$0.spans.isEmpty }
            ?? lines.firstIndex { $0.sourceLine >= sourceLine }
            ?? max(0, lines.count - 1)
    }

    func headingLine(of anchor: String) -> Int? {
        lines.firstIndex { $0.isHeading && $0.anchor == anchor }
    }

    /// Drops the banner's lines (every span in the crisis role) and the blank line before them.
    private static func removingCrisisBanner(from lines: [RenderedLine]) -> [RenderedLine] {
        func isBanner(_ line: RenderedLine) -> Bool {
            !line.spans.isEmpty && line.spans.allSatisfy { $0.role == .crisis }
        }
        guard let start = lines.firstIndex(where: isBanner) else { return lines }
        let end = lines[start...].firstIndex { !isBanner($0) } ?? lines.endIndex
        let blankBefore = start > 0 && lines[start - 1].spans.isEmpty ? start - 1 : start
        return Array(lines[..<blankBefore] + lines[end...])
    }
}
