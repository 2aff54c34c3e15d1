import PamphletCore

/// A finished screen: what the terminal backend paints and what golden tests compare.
public struct Frame: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (text fields); nil hides it.
    public var cursor: (x: Int, y: Int)?
    /// Web addresses on screen, for terminals that show OSC 8 hyperlinks.
    public var hyperlinks: [Hyperlink] = []

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` from column `x` on row `y`, clipped at `maxX` (exclusive,
    /// default the frame's width). A wide grapheme that would straddle the edge
    /// is replaced by spaces. Returns the column after the last one written.
    /// The text must already be sanitized; widths come from `DisplayWidth`.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(maxX ?? width, width)
        var column = x
        var text = text
        text.makeContiguousUTF8()
        var rest = text[...]
        while !rest.isEmpty {
            // Text without contiguous UTF-8 (never after the line above) takes the grapheme path.
            let plain = rest.utf8.withContiguousStorageIfAvailable { bytes in
                putPrintableASCII(bytes, from: column, y: y, limit: limit, style: style)
            } ?? 0
            if plain > 0 {
                if column + plain > limit { return max(column, limit) }
                column += plain
                rest = rest[rest.utf8.index(rest.startIndex, offsetBy: plain)...]
                continue
            }
            let grapheme = rest.removeFirst()
            let w = DisplayWidth.of(grapheme)
            if w == 0 { continue }
            if column + w > limit {
                while column < limit { if column >= 0 { self[column, y] = Cell(ascii: 0x20, style: style) }; column += 1 }
                return column
            }
            if column >= 0 {
                self[column, y] = Cell(grapheme, style: style)
                if w == 2 { self[column + 1, y] = Cell.continuation(style: style) }
            }
            column += w
        }
        return column
    }

    /// Writes the printable ASCII that `bytes` starts with from column `x`, one column per
    /// byte and no grapheme breaking, clipped at `limit`. The last such byte is left for the
    /// grapheme path when other text follows, as a combining mark may follow it. Returns the
    /// number of bytes taken.
    private mutating func putPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>, from x: Int, y: Int,
                                            limit: Int, style: Style) -> Int {
        var ascii = 0
        while ascii < bytes.count, bytes[ascii] >= 0x20, bytes[ascii] < 0x7F { ascii += 1 }
        let plain = ascii == bytes.count ? ascii : ascii - 1
        let first = max(x, 0), end = min(x + plain, limit)
        guard plain > 0, first < end else { return max(plain, 0) }
        let row = y * width
        cells.withUnsafeMutableBufferPointer { cells in
            for column in first..<end { cells[row + column] = Cell(ascii: bytes[column - x], style: style) }
        }
        return plain
    }

    /// Fills a row segment with spaces in `style` (status bars, reverse-video lines).
    public mutating func fill(y: Int, from x: Int = 0, to maxX: Int? = nil, style: Style) {
        let start = max(0, x), end = min(maxX ?? width, width)
        guard y >= 0, y < height, start < end else { return }
        for column in start..<end { self[column, y] = Cell(ascii: 0x20, style: style) }
    }

    /// The frame as text, one string per row, trailing spaces kept; for golden tests.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].grapheme }
            return line
        }
    }

    public static func == (a: Frame, b: Frame) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y && a.hyperlinks == b.hyperlinks
    }
}
