import PamphletCore

/// One screen cell: a grapheme cluster and its style. A wide grapheme occupies
/// its cell and marks the next one as a continuation (empty `grapheme`).
public struct Cell: Sendable, Hashable {
    public var grapheme: String
    public var style: Style

    public init(_ grapheme: String = " ", style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { grapheme.isEmpty }
}

/// A finished screen: what the terminal backend paints and what golden tests compare.
public struct Frame: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (text fields); nil hides it.
    public var cursor: (x: Int, y: Int)?

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
        var rest = text[...]
        while !rest.isEmpty {
            // Printable ASCII is one column per byte and needs no grapheme breaking,
            // except the last such byte before other text: a combining mark may follow it.
            let ascii = rest.utf8.prefix { $0 >= 0x20 && $0 < 0x7F }.count
            let plain = ascii == rest.utf8.count ? ascii : ascii - 1
            if plain > 0 {
                for byte in rest.utf8.prefix(plain) {
                    if column >= limit { return column }
                    if column >= 0 { cells[y * width + column] = Cell(Self.asciiGraphemes[Int(byte)], style: style) }
                    column += 1
                }
                rest = rest[rest.utf8.index(rest.startIndex, offsetBy: plain)...]
                continue
            }
            let grapheme = rest.removeFirst()
            let w = DisplayWidth.of(grapheme)
            if w == 0 { continue }
            if column + w > limit {
                while column < limit { if column >= 0 { self[column, y] = Cell(" ", style: style) }; column += 1 }
                return column
            }
            if column >= 0 {
                self[column, y] = Cell(String(grapheme), style: style)
                if w == 2 { self[column + 1, y] = Cell("", style: style) }
            }
            column += w
        }
        return column
    }

    /// One-character strings for every ASCII byte, so filling a cell copies a
    /// small inline string instead of making one.
    private static let asciiGraphemes: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Fills a row segment with spaces in `style` (status bars, reverse-video lines).
    public mutating func fill(y: Int, from x: Int = 0, to maxX: Int? = nil, style: Style) {
        let start = max(0, x), end = min(maxX ?? width, width)
        guard y >= 0, y < height, start < end else { return }
        for column in start..<end { self[column, y] = Cell(" ", style: style) }
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
            && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }
}
