/// The words a reader sees in article blocks, flattened for indexing and snippets.
extension Array where Element == Block {
    var searchableText: String {
        var parts: [String] = []
        for block in self { block.appendSearchableText(to: &parts) }
        return parts.joined(separator: " ")
    }
}

extension Block {
    fileprivate func appendSearchableText(to parts: inout [String]) {
        switch kind {
        case .paragraph(let inlines): parts.append(inlines.plainText)
        case .list(_, _, _, let items): for item in items { parts.append(item.searchableText) }
        case .quote(let blocks): parts.append(blocks.searchableText)
        case .code(_, let text), .html(let text): parts.append(text)
        case .table(let table):
            for cell in table.header { parts.append(cell.plainText) }
            for row in table.rows { for cell in row { parts.append(cell.plainText) } }
        case .thematicBreak: break
        }
    }
}
