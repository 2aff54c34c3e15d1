import CCmarkGFM

/// One top-level piece of an article body: a heading (which opens a section) or a block.
enum MarkdownElement: Sendable, Equatable {
    case heading(level: Int, inlines: [Inline], line: Int)
    case block(Block)
}

/// Parses a Markdown body with cmark-gfm (CommonMark + GFM tables and strikethrough)
/// and converts its node tree into `Block` and `Inline` values.
enum MarkdownParser {
    /// cmark-gfm's extension registry is a process global without a lock; a
    /// Swift `static let` runs its initializer exactly once, thread-safely.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// - Parameter lineOffset: added to cmark's body-relative lines so they become file lines.
    static func parse(_ body: String, lineOffset: Int) -> [MarkdownElement] {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough"] {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var body = body
        body.withUTF8 { bytes in
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
            start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                cmark_parser_feed(parser, chars, bytes.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }

        let converter = CmarkConverter(lineOffset: lineOffset)
        return CmarkNode.children(of: document).map { node in
            if cmark_node_get_type(node) == CMARK_NODE_HEADING {
                return .heading(level: Int(cmark_node_get_heading_level(node)),
                                inlines: converter.inlines(of: node, depth: 0),
                                line: converter.line(of: node))
            }
            return .block(converter.block(node, depth: 0))
        }
    }
}
