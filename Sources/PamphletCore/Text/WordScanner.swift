/// Splits spans into words and feeds them to a `WrappedLineBuilder` as they end,
/// so that wrapping builds no list of words or of characters.
///
/// A word is made of chunks that may go on different lines (CJK text breaks
/// between ideographs); a chunk is a list of pieces, each a slice of one span.
/// A one-byte character (ASCII, most of an English article) is classified by
/// its byte: only other characters pay for grapheme properties and width tables.
struct WordScanner {
    private var builder: WrappedLineBuilder
    /// The chunk being collected; reused, so words cost no allocation.
    private var chunk: [WrappedLineBuilder.Piece] = []
    /// Where the current piece began in the span being scanned, and its columns.
    private var pieceStart: String.Index?
    private var pieceWidth = 0
    /// The role of the first space since the last word, if any.
    private var pendingSpace: SpanRole?
    private var atLineStart = true
    /// True once a chunk of the current word went to the builder: later chunks
    /// of the word follow it without a space.
    private var wordStarted = false
    /// The chunk's last character: kept as a `Character` only when it is not a
    /// one-byte one, since only then can it allow a CJK break.
    private var lastCharacter: Character?
    private var lastByte: UInt8 = 0
    private var lastIsIdeographic = false

    init(builder: WrappedLineBuilder) {
        self.builder = builder
    }

    mutating func scan(_ span: Span) {
        let text = span.text
        let utf8 = text.utf8
        var position = text.startIndex
        while position < text.endIndex {
            let byte = utf8[position]
            let afterByte = utf8.index(after: position)
            // Between two ASCII characters there is always a grapheme boundary,
            // except inside CR LF, so most text needs no grapheme breaking at all.
            if byte < 0x80, afterByte == text.endIndex
                || (utf8[afterByte] < 0x80 && !(byte == 0x0D && utf8[afterByte] == 0x0A)) {
                scanOneByte(byte, at: position, in: span)
                position = afterByte
                continue
            }
            let next = text.index(after: position)
            if byte < 0x80, afterByte == next {
                scanOneByte(byte, at: position, in: span)
            } else {
                scan(text[position], at: position, in: span)
            }
            position = next
        }
        endPiece(at: text.endIndex, in: span)
    }

    mutating func finish() -> [[Span]] {
        endWord()
        return builder.finish()
    }

    /// A one-byte character: one column wide (controls show as a placeholder), never ideographic.
    private mutating func scanOneByte(_ byte: UInt8, at position: String.Index, in span: Span) {
        switch byte {
        case 0x0A...0x0D:
            endLine(at: position, in: span)
        case 0x20, 0x09:
            endWord(at: position, in: span)
            if pendingSpace == nil { pendingSpace = span.role }
        default:
            if lastIsIdeographic, let left = lastCharacter,
               WordWrap.canBreak(between: left, and: Character(Unicode.Scalar(byte))) {
                endChunk(at: position, in: span)
            }
            if pieceStart == nil { pieceStart = position }
            pieceWidth += 1
            lastByte = byte
            lastCharacter = nil
            lastIsIdeographic = false
        }
    }

    private mutating func scan(_ character: Character, at position: String.Index, in span: Span) {
        if character.isNewline {
            endLine(at: position, in: span)
        } else if WordWrap.isBreakingSpace(character) {
            endWord(at: position, in: span)
            if pendingSpace == nil { pendingSpace = span.role }
        } else {
            let width = DisplayWidth.of(character)
            let isIdeographic = WordWrap.isIdeographic(character, width: width)
            if pieceStart != nil || !chunk.isEmpty, isIdeographic || lastIsIdeographic,
               WordWrap.canBreak(between: lastCharacter ?? Character(Unicode.Scalar(lastByte)), and: character) {
                endChunk(at: position, in: span)
            }
            if pieceStart == nil { pieceStart = position }
            pieceWidth += width
            lastCharacter = character
            lastIsIdeographic = isIdeographic
        }
    }

    private mutating func endPiece(at end: String.Index, in span: Span) {
        guard let start = pieceStart else { return }
        chunk.append(.init(text: span.text[start..<end], role: span.role, width: pieceWidth))
        pieceStart = nil
        pieceWidth = 0
    }

    private mutating func endChunk(at end: String.Index, in span: Span) {
        endPiece(at: end, in: span)
        endChunk()
    }

    /// Places the collected chunk; the first chunk of a word takes the space before it.
    private mutating func endChunk() {
        guard !chunk.isEmpty else { return }
        builder.place(chunk, spaceBefore: wordStarted || atLineStart ? nil : pendingSpace)
        chunk.removeAll(keepingCapacity: true)
        wordStarted = true
        lastCharacter = nil
        lastIsIdeographic = false
    }

    private mutating func endWord(at end: String.Index, in span: Span) {
        endPiece(at: end, in: span)
        endWord()
    }

    private mutating func endWord() {
        endChunk()
        guard wordStarted else { return }
        wordStarted = false
        pendingSpace = nil
        atLineStart = false
    }

    private mutating func endLine(at end: String.Index, in span: Span) {
        endWord(at: end, in: span)
        builder.endLine()
        pendingSpace = nil
        atLineStart = true
    }
}
