import CNcursesw
import PamphletUI

/// Paints one cell with `setcchar` and `mvwadd_wch`. The core sanitizes text;
/// this is the last guard, so a control character can never reach the terminal.
///
/// A page-down repaints most of the screen, so this runs thousands of times per
/// key: it keeps no heap buffers and reuses the attributes of the previous style,
/// which is nearly always the same.
struct CellPainter {
    /// ncurses keeps a spacing character plus up to four combining ones per cell.
    private static let maxCharactersPerCell = Int(CCHARW_MAX)

    private(set) var colors: ColorPairs?
    private var cell = cchar_t()
    private var lastStyle: Style?
    private var lastAttributes = pamphlet_a_normal()
    private var lastPair: Int16 = 0

    init(colors: ColorPairs?) {
        self.colors = colors
    }

    mutating func paint(_ source: Cell, x: Int, y: Int, wide: Bool, in window: UnsafeMutablePointer<WINDOW>) {
        let (attributes, pair) = look(of: source.style)
        // A spacing character, up to four combining ones, and the terminating zero.
        var characters: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0x20, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &characters) { raw in
            let buffer = raw.bindMemory(to: wchar_t.self)
            var count = 0
            let utf8 = source.grapheme.utf8
            if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F {
                buffer[0] = wchar_t(byte)  // printable ASCII, nearly every cell
                count = 1
            } else {
                count = Self.copyScalars(of: source.grapheme, into: buffer)
            }
            if count == 0 { count = 1 }  // a blank cell: the space already there
            buffer[count] = 0
            setcchar(&cell, buffer.baseAddress, attributes, pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x), &cell)
            // The layout counted two columns; if the C library's width table says one,
            // blank the second column rather than leave what was there before.
            if wide && pamphlet_wcwidth(buffer[0]) < 2 {
                buffer[0] = 0x20
                buffer[1] = 0
                setcchar(&cell, buffer.baseAddress, attributes, pair, nil)
                mvwadd_wch(window, Int32(y), Int32(x + 1), &cell)
            }
        }
    }

    /// Copies the scalars of a grapheme, controls replaced, as many as a cell holds.
    private static func copyScalars(of grapheme: String, into buffer: UnsafeMutableBufferPointer<wchar_t>) -> Int {
        var count = 0
        for scalar in grapheme.unicodeScalars {
            if count == min(maxCharactersPerCell, buffer.count - 1) { break }
            buffer[count] = wchar_t(bitPattern: isControl(scalar) ? 0xFFFD : scalar.value)
            count += 1
        }
        return count
    }

    /// The ncurses attributes and colour pair of `style`, remembered for the next cell.
    private mutating func look(of style: Style) -> (attr_t, Int16) {
        if style == lastStyle { return (lastAttributes, lastPair) }
        lastStyle = style
        lastAttributes = Self.attributes(of: style)
        lastPair = colors?.pair(for: style) ?? 0
        return (lastAttributes, lastPair)
    }

    private static func attributes(of style: Style) -> attr_t {
        var attributes = pamphlet_a_normal()
        if style.bold { attributes |= pamphlet_a_bold() }
        if style.underline { attributes |= pamphlet_a_underline() }
        if style.reverse { attributes |= pamphlet_a_reverse() }
        if style.dim { attributes |= pamphlet_a_dim() }
        if style.italic { attributes |= pamphlet_a_italic() }
        return attributes
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
