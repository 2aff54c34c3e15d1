/// Every link URL in an article, with the source line of the block it is in.
enum LinkCollector {
    static func links(in article: Article) -> [(url: String, line: Int)] {
        var out: [(String, Int)] = []
        func visit(_ inlines: [Inline], line: Int) {
            for inline in inlines {
                switch inline {
                case .link(let url, let children): out.append((url, line)); visit(children, line: line)
                case .emphasis(let c), .strong(let c), .strikethrough(let c): visit(c, line: line)
                case .image(_, let alt): visit(alt, line: line)
                case .text, .code, .softBreak, .lineBreak, .html: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .paragraph(let inlines): visit(inlines, line: block.line)
                case .list(_, _, _, let items): items.forEach(visit)
                case .quote(let children): visit(children)
                case .table(let table):
                    table.header.forEach { visit($0, line: block.line) }
                    table.rows.joined().forEach { visit($0, line: block.line) }
                case .code, .thematicBreak, .html: break
                }
            }
        }
        visit(article.preamble)
        for section in article.allSections {
            visit(section.heading, line: section.line)
            visit(section.blocks)
        }
        return out
    }
}

/// A link to another article or a section of the library: `#anchor`,
/// `other-article.md`, `other-article.md#anchor` or `other-article#anchor`.
/// Links with a scheme (`https:`, `mailto:`, `tel:`) are not internal.
public struct InternalLink: Equatable, Sendable {
    public var article: String?
    public var anchor: String?

    public init?(_ url: String) {
        if url.isEmpty || url.contains(":") || url.hasPrefix("//") || url.hasPrefix("/") { return nil }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        var path = String(parts[0])
        if path.hasPrefix("./") { path.removeFirst(2) }
        if path.hasSuffix(".md") { path.removeLast(3) }
        if path.contains("/") { return nil }
        article = path.isEmpty ? nil : path
        anchor = parts.count > 1 && !parts[1].isEmpty ? String(parts[1]) : nil
        if article == nil && anchor == nil { return nil }
    }
}
