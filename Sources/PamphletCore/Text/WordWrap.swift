/// Fits styled text into lines of at most `width` terminal columns.
///
/// Lines break at spaces, and between CJK ideographs (which are written without
/// spaces), but not before closing or after opening punctuation. A word wider
/// than the line (a URL, say) is broken by columns. A grapheme cluster is never
/// split and a wide character never straddles the right edge. Roles carry over a
/// break, so a bold phrase stays bold on the next line. Runs of spaces collapse
/// to one; spaces at a break are dropped; a newline in the text ends the line.
///
/// Input spans must already be sanitized; measuring uses `DisplayWidth`.
public enum WordWrap {
    /// Wrapped lines, each beginning with a prefix: `firstPrefix` on the first
    /// line, `continuationPrefix` on the rest (default: as many spaces as the
    /// first prefix is wide, a hanging indent). Use ("• ", "  ") for list items,
    /// ("│ ", "│ ") for quotes. A prefix too wide for `width` loses its left part,
    /// so that the text keeps room. Empty text gives one line: the first prefix.
    public static func wrap(_ spans: [Span], width: Int, firstPrefix: [Span] = [],
                            continuationPrefix: [Span]? = nil) -> [[Span]] {
        let width = max(1, width)
        let first = fitted(prefix: firstPrefix, width: width)
        let rest = fitted(prefix: continuationPrefix ?? indent(DisplayWidth.of(firstPrefix)), width: width)
        var builder = LineBuilder(width: width, prefix: first, continuationPrefix: rest)

        for token in tokens(of: spans) {
            switch token {
            case .lineEnd:
                builder.endLine()
            case .word(let chunks, let spaceRole):
                for (index, chunk) in chunks.enumerated() {
                    builder.place(chunk, spaceBefore: index == 0 ? spaceRole : nil)
                }
            }
        }
        return builder.finish()
    }

    /// Plain-text convenience: wraps `text` and returns the lines' text.
    public static func wrap(_ text: String, width: Int, firstPrefix: String = "",
                            continuationPrefix: String? = nil) -> [String] {
        wrap([Span(text)], width: width, firstPrefix: firstPrefix.isEmpty ? [] : [Span(firstPrefix)],
             continuationPrefix: continuationPrefix.map { [Span($0)] })
            .map { $0.map(\.text).joined() }
    }

    /// Breaks one line by columns only, keeping every space (for code): the
    /// pieces after the first start with `continuationPrefix`.
    public static func breakByColumns(_ spans: [Span], width: Int, continuationPrefix: [Span] = []) -> [[Span]] {
        let width = max(1, width)
        var builder = LineBuilder(width: width, prefix: [], continuationPrefix: fitted(prefix: continuationPrefix, width: width))
        for span in spans {
            for character in span.text {
                builder.place([Cell(character: character, role: span.role)], spaceBefore: nil)
            }
        }
        return builder.finish()
    }

    // MARK: - Tokens

    struct Cell {
        var character: Character
        var role: SpanRole
        var width: Int { DisplayWidth.of(character) }
    }

    /// A word is a list of chunks that may go on different lines (CJK), each unbreakable
    /// unless wider than a line; `spaceRole` is the role of the space before it, if any.
    enum Token {
        case word(chunks: [[Cell]], spaceRole: SpanRole?)
        case lineEnd
    }

    static func tokens(of spans: [Span]) -> [Token] {
        var tokens: [Token] = []
        var chunks: [[Cell]] = []
        var chunk: [Cell] = []
        var pendingSpace: SpanRole?
        var atLineStart = true

        func endWord() {
            if !chunk.isEmpty { chunks.append(chunk); chunk = [] }
            guard !chunks.isEmpty else { return }
            tokens.append(.word(chunks: chunks, spaceRole: atLineStart ? nil : pendingSpace))
            chunks = []
            pendingSpace = nil
            atLineStart = false
        }

        for span in spans {
            for character in span.text {
                if character.isNewline {
                    endWord()
                    tokens.append(.lineEnd)
                    pendingSpace = nil
                    atLineStart = true
                } else if isBreakingSpace(character) {
                    endWord()
                    if pendingSpace == nil { pendingSpace = span.role }
                } else {
                    if let previous = chunk.last?.character, canBreak(between: previous, and: character) {
                        chunks.append(chunk)
                        chunk = []
                    }
                    chunk.append(Cell(character: character, role: span.role))
                }
            }
        }
        endWord()
        return tokens
    }

    /// Spaces a line may break at; no-break spaces are not among them.
    static func isBreakingSpace(_ character: Character) -> Bool {
        guard character.isWhitespace, !character.isNewline else { return false }
        return !["\u{00A0}", "\u{2007}", "\u{202F}", "\u{FEFF}"].contains(character)
    }

    /// CJK text breaks between ideographs, except before closing and after opening punctuation.
    static func canBreak(between left: Character, and right: Character) -> Bool {
        guard isIdeographic(left) || isIdeographic(right) else { return false }
        return !noBreakBefore.contains(right) && !noBreakAfter.contains(left)
    }

    private static func isIdeographic(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, !scalar.properties.isEmojiPresentation else { return false }
        return DisplayWidth.of(character) == 2
    }

    private static let noBreakBefore: Set<Character> = [
        "、", "。", "，", "．", "：", "；", "？", "！", "）", "」", "』", "】", "〕", "〉", "》", "ー", "々",
        "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ",
        ")", "]", ",", ".", ":", ";", "?", "!", "…", "”", "’",
    ]
    private static let noBreakAfter: Set<Character> = ["（", "「", "『", "【", "〔", "〈", "《", "(", "[", "“", "‘"]

    // MARK: - Prefixes

    static func indent(_ columns: Int) -> [Span] {
        columns > 0 ? [Span(String(repeating: " ", count: columns))] : []
    }

    /// The prefix, cut from the left when it would leave the text fewer than
    /// min(10, width / 2) columns (and never fewer than 2, the width of a wide
    /// character), so that deep nesting stays readable.
    static func fitted(prefix: [Span], width: Int) -> [Span] {
        let limit = max(0, width - max(2, min(10, width / 2)))
        var excess = DisplayWidth.of(prefix) - limit
        guard excess > 0 else { return prefix }
        var result: [Span] = []
        for span in prefix {
            var text = Substring(span.text)
            while excess > 0, let first = text.first {
                excess -= DisplayWidth.of(first)
                text = text.dropFirst()
            }
            if !text.isEmpty { result.append(Span(String(text), span.role)) }
        }
        if excess < 0 { result.insert(Span(String(repeating: " ", count: -excess)), at: 0) }
        return result
    }
}

/// Accumulates cells into lines, merging neighbouring cells of one role into a span.
private struct LineBuilder {
    let width: Int
    let continuationPrefix: [Span]
    private var lines: [[Span]] = []
    private var spans: [Span]
    private var used: Int
    private var hasContent = false

    init(width: Int, prefix: [Span], continuationPrefix: [Span]) {
        self.width = width
        self.continuationPrefix = continuationPrefix
        self.spans = prefix
        self.used = DisplayWidth.of(prefix)
    }

    mutating func place(_ chunk: [WordWrap.Cell], spaceBefore: SpanRole?) {
        let chunkWidth = chunk.reduce(0) { $0 + $1.width }
        let space = hasContent && spaceBefore != nil ? 1 : 0
        if used + space + chunkWidth <= width {
            if space == 1 { append(" ", spaceBefore!, width: 1) }
            for cell in chunk { append(cell.character, cell.role, width: cell.width) }
            return
        }
        if hasContent { endLine() }
        // Wider than a whole line: break by columns.
        for cell in chunk {
            if used + cell.width > width && hasContent { endLine() }
            append(cell.character, cell.role, width: cell.width)
        }
    }

    mutating func endLine() {
        lines.append(spans)
        spans = continuationPrefix
        used = DisplayWidth.of(continuationPrefix)
        hasContent = false
    }

    mutating func finish() -> [[Span]] {
        if hasContent || lines.isEmpty { lines.append(spans) }
        return lines
    }

    private mutating func append(_ character: Character, _ role: SpanRole, width cellWidth: Int) {
        if let last = spans.indices.last, spans[last].role == role, hasContent {
            spans[last].text.append(character)
        } else {
            spans.append(Span(String(character), role))
        }
        used += cellWidth
        hasContent = true
    }
}
