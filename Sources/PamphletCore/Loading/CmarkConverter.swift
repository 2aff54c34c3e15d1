import CCmarkGFM

/// Converts cmark nodes into the article model.
///
/// Nesting deeper than `maxDepth` (never seen in a real article, easy to write
/// in a hostile one) is flattened to plain text, so conversion never recurses
/// without bound.
struct CmarkConverter {
    var lineOffset: Int
    var maxDepth = 32

    func line(of node: OpaquePointer) -> Int {
        Int(cmark_node_get_start_line(node)) + lineOffset
    }

    func blocks(in node: OpaquePointer, depth: Int) -> [Block] {
        CmarkNode.children(of: node).map { block($0, depth: depth) }
    }

    func block(_ node: OpaquePointer, depth: Int) -> Block {
        let line = line(of: node)
        guard depth < maxDepth else {
            return Block(.paragraph([.text(CmarkNode.flattenedText(node))]), line: line)
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return Block(.paragraph(inlines(of: node, depth: depth)), line: line)
        case CMARK_NODE_HEADING:
            // Headings inside quotes or list items cannot open a section; keep them as bold text.
            return Block(.paragraph([.strong(inlines(of: node, depth: depth))]), line: line)
        case CMARK_NODE_LIST:
            let items = CmarkNode.children(of: node).map { blocks(in: $0, depth: depth + 1) }
            return Block(.list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                               start: Int(cmark_node_get_list_start(node)),
                               tight: cmark_node_get_list_tight(node) != 0,
                               items: items), line: line)
        case CMARK_NODE_BLOCK_QUOTE:
            return Block(.quote(blocks(in: node, depth: depth + 1)), line: line)
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let language = info.split(whereSeparator: \.isWhitespace).first.map(String.init)
            return Block(.code(language: language, text: Self.droppingFinalNewline(CmarkNode.literal(node))), line: line)
        case CMARK_NODE_HTML_BLOCK:
            return Block(.html(Self.droppingFinalNewline(CmarkNode.literal(node))), line: line)
        case CMARK_NODE_THEMATIC_BREAK:
            return Block(.thematicBreak, line: line)
        default:
            if CmarkNode.typeName(node) == "table" {
                return Block(.table(table(node, depth: depth)), line: line)
            }
            return Block(.paragraph([.text(CmarkNode.flattenedText(node))]), line: line)
        }
    }

    private func table(_ node: OpaquePointer, depth: Int) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [Table.Alignment] = []
        if let codes = cmark_gfm_extensions_get_table_alignments(node) {
            alignments = (0..<columns).map { index in
                switch codes[index] {
                case UInt8(ascii: "l"): return .left
                case UInt8(ascii: "c"): return .center
                case UInt8(ascii: "r"): return .right
                default: return .none
                }
            }
        } else {
            alignments = Array(repeating: .none, count: columns)
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in CmarkNode.children(of: node) {
            var cells = CmarkNode.children(of: row).map { inlines(of: $0, depth: depth + 1) }
            // Every row gets exactly one cell per column, so renderers can index freely.
            if cells.count > columns { cells.removeLast(cells.count - columns) }
            while cells.count < columns { cells.append([]) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return Table(alignments: alignments, header: header, rows: rows)
    }

    func inlines(of node: OpaquePointer, depth: Int) -> [Inline] {
        CmarkNode.children(of: node).map { inline($0, depth: depth + 1) }
    }

    private func inline(_ node: OpaquePointer, depth: Int) -> Inline {
        guard depth < maxDepth else { return .text(CmarkNode.flattenedText(node)) }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(CmarkNode.literal(node))
        case CMARK_NODE_CODE: return .code(CmarkNode.literal(node))
        case CMARK_NODE_HTML_INLINE: return .html(CmarkNode.literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node, depth: depth))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node, depth: depth))
        case CMARK_NODE_LINK:
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            return .link(Link(destination: destination, line: line(of: node)), inlines(of: node, depth: depth))
        case CMARK_NODE_IMAGE:
            return .image(url: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                          alt: inlines(of: node, depth: depth))
        default:
            if CmarkNode.typeName(node) == "strikethrough" {
                return .strikethrough(inlines(of: node, depth: depth))
            }
            return .text(CmarkNode.flattenedText(node))
        }
    }

    private static func droppingFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
