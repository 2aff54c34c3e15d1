/// Lays an article out as display lines at a width: what both `pamphlet show`
/// and the reader present.
///
/// Order: the title (underlined), a meta line (publisher, review date), the
/// crisis banner and the disclaimer; then the blocks before the first heading
/// and each section: its heading, then its blocks, then its sub-sections.
/// When the first heading repeats the title, as it usually does, it is the
/// title and is not shown twice. Blocks are separated by one blank line.
/// Every text passes through `Sanitizer`; no line is wider than `width`.
public enum ArticleRenderer {
    /// The lines of `article` at `width` columns (at least 1). With `anchor`, only
    /// that section and its sub-sections, without the header; an unknown anchor
    /// gives no lines (check with `Article.section(anchor:)` first).
    public static func render(_ article: Article, width: Int, section anchor: String? = nil) -> [RenderedLine] {
        var output = RenderedLines(width: max(1, width))
        if let anchor {
            guard let section = article.section(anchor: anchor) else { return [] }
            output.add(section)
            return output.lines
        }

        let titleSection = article.sections.first.flatMap { first in
            first.level == 1 && article.preamble.isEmpty && first.title == article.title ? first : nil
        }
        if let titleSection {
            output.addHeading(titleSection.title, level: 1, anchor: titleSection.anchor, line: titleSection.line)
            output.addHeader(article.meta, anchor: titleSection.anchor, line: titleSection.line)
            output.add(titleSection.blocks, anchor: titleSection.anchor)
            titleSection.children.forEach { output.add($0) }
            article.sections.dropFirst().forEach { output.add($0) }
        } else {
            output.addHeading(article.title, level: 1, anchor: nil, line: 1)
            output.addHeader(article.meta, anchor: nil, line: 1)
            output.add(article.preamble, anchor: nil)
            article.sections.forEach { output.add($0) }
        }
        return output.lines
    }
}

/// The lines being built, with the anchor each belongs to.
private struct RenderedLines {
    let width: Int
    var lines: [RenderedLine] = []

    init(width: Int) { self.width = width }

    mutating func add(_ section: Section) {
        addHeading(section.title, level: section.level, anchor: section.anchor, line: section.line)
        add(section.blocks, anchor: section.anchor)
        section.children.forEach { add($0) }
    }

    /// The heading wrapped; levels 1 and 2 underlined so that plain text shows them.
    mutating func addHeading(_ title: String, level: Int, anchor: String?, line: Int) {
        let role = SpanRole.heading(level: level)
        let wrapped = WordWrap.wrap(Sanitizer.spans(title, role: role), width: width)
        let blocks = wrapped.map { BlockLine(spans: $0, sourceLine: line) }
        append(blocks, anchor: anchor, firstIsHeading: true)
        if level <= 2 {
            let underline = level == 1 ? "═" : "─"
            let length = min(width, wrapped.map { DisplayWidth.of($0) }.max() ?? 0)
            lines.append(RenderedLine(spans: [Span(String(repeating: underline, count: length), .rule)],
                                      anchor: anchor, sourceLine: line))
        }
    }

    /// Publisher and review date, the crisis banner and the disclaimer.
    mutating func addHeader(_ meta: FrontMatter, anchor: String?, line: Int) {
        let facts = [meta.publisher, meta.reviewed.map { tr("Reviewed %1$s", $0) }].compactMap { $0 }
        if !facts.isEmpty {
            let spans = Sanitizer.spans(facts.joined(separator: " · "), role: .meta)
            append(WordWrap.wrap(spans, width: width).map { BlockLine(spans: $0, sourceLine: line) }, anchor: anchor)
        }
        if let crisis = meta.crisis {
            let banner = WordWrap.wrap(Sanitizer.spans(crisis, role: .crisis), width: width,
                                       firstPrefix: [Span("! ", .crisis)], continuationPrefix: [Span("  ", .crisis)])
            appendSeparated(banner.map { BlockLine(spans: $0, sourceLine: line) }, anchor: anchor)
        }
        if let disclaimer = meta.disclaimer {
            let wrapped = WordWrap.wrap(Sanitizer.spans(disclaimer, role: .disclaimer), width: width)
            appendSeparated(wrapped.map { BlockLine(spans: $0, sourceLine: line) }, anchor: anchor)
        }
    }

    mutating func add(_ blocks: [Block], anchor: String?) {
        appendSeparated(BlockLayout.lines(for: blocks, width: width), anchor: anchor)
    }

    /// Appends after one blank line (none at the very top).
    private mutating func appendSeparated(_ blockLines: [BlockLine], anchor: String?) {
        guard let first = blockLines.first else { return }
        if !lines.isEmpty {
            lines.append(RenderedLine(spans: [], anchor: anchor, sourceLine: first.sourceLine))
        }
        append(blockLines, anchor: anchor)
    }

    private mutating func append(_ blockLines: [BlockLine], anchor: String?, firstIsHeading: Bool = false) {
        if firstIsHeading, let first = blockLines.first, !lines.isEmpty {
            lines.append(RenderedLine(spans: [], anchor: anchor, sourceLine: first.sourceLine))
        }
        for (index, line) in blockLines.enumerated() {
            lines.append(RenderedLine(spans: line.spans, anchor: anchor,
                                      isHeading: firstIsHeading && index == 0, sourceLine: line.sourceLine))
        }
    }
}
