/// Every link in an article, in document order.
enum LinkCollector {
    static func links(in article: Article) -> [Link] {
        var out: [Link] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .link(let link, let children): out.append(link); visit(children)
                case .emphasis(let c), .strong(let c), .strikethrough(let c): visit(c)
                case .image(_, let alt): visit(alt)
                case .text, .code, .softBreak, .lineBreak, .html: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .paragraph(let inlines): visit(inlines)
                case .list(_, _, _, let items): items.forEach(visit)
                case .quote(let children): visit(children)
                case .table(let table):
                    table.header.forEach(visit)
                    table.rows.joined().forEach(visit)
                case .code, .thematicBreak, .html: break
                }
            }
        }
        visit(article.preamble)
        for section in article.allSections {
            visit(section.heading)
            visit(section.blocks)
        }
        return out
    }
}
