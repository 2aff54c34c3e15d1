/// Accumulates a wrapped text's pieces into lines, merging neighbours of one role into a span.
struct WrappedLineBuilder {
    /// A slice of one span's text and its columns.
    struct Piece {
        var text: Substring
        var role: SpanRole
        var width: Int
    }

    let width: Int
    let continuationPrefix: [Span]
    private let continuationPrefixWidth: Int
    private var lines: [[Span]] = []
    private var spans: [Span]
    private var used: Int
    private var hasContent = false

    init(width: Int, prefix: [Span], continuationPrefix: [Span]) {
        self.width = width
        self.continuationPrefix = continuationPrefix
        self.continuationPrefixWidth = DisplayWidth.of(continuationPrefix)
        self.spans = prefix
        self.used = DisplayWidth.of(prefix)
    }

    /// Places an unbreakable chunk after a space of `spaceBefore`'s role (none at a
    /// line start), on a new line if it does not fit; a chunk wider than a whole
    /// line is broken by columns.
    mutating func place(_ chunk: [Piece], spaceBefore: SpanRole?) {
        var chunkWidth = 0
        for piece in chunk { chunkWidth += piece.width }
        let space = hasContent && spaceBefore != nil ? 1 : 0
        if used + space + chunkWidth <= width {
            if let spaceRole = spaceBefore, space == 1 { append(" ", spaceRole, width: 1) }
            for piece in chunk { append(piece.text, piece.role, width: piece.width) }
            return
        }
        if hasContent { endLine() }
        for piece in chunk {
            if used + piece.width <= width {
                append(piece.text, piece.role, width: piece.width)
                continue
            }
            for character in piece.text {
                placeBreaking(character, piece.role, width: DisplayWidth.of(character))
            }
        }
    }

    /// Places one character, starting a new line first if it would pass the edge.
    mutating func placeBreaking(_ character: Character, _ role: SpanRole, width cellWidth: Int) {
        if used + cellWidth > width && hasContent { endLine() }
        append(String(character)[...], role, width: cellWidth)
    }

    mutating func endLine() {
        lines.append(spans)
        spans = continuationPrefix
        used = continuationPrefixWidth
        hasContent = false
    }

    mutating func finish() -> [[Span]] {
        if hasContent || lines.isEmpty { lines.append(spans) }
        return lines
    }

    private mutating func append(_ text: Substring, _ role: SpanRole, width textWidth: Int) {
        if hasContent, let last = spans.indices.last, spans[last].role == role {
            spans[last].text.append(contentsOf: text)
        } else {
            spans.append(Span(String(text), role))
        }
        used += textWidth
        hasContent = true
    }
}
