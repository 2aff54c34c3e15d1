import CNcursesw
import PamphletUI

/// Paints cells: runs of one-column cells as one string, any other cell alone with
/// `setcchar` and `mvwadd_wch`. The core sanitizes text; this is the last guard, so
/// a control character can never reach the terminal.
///
/// A page-down repaints most of the screen, so this runs for thousands of cells per
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
            // Controls are replaced here too, and a cell never holds more than ncurses keeps.
            let count = min(source.scalarCount, Self.maxCharactersPerCell, buffer.count - 1)
            for index in 0..<count {
                let value = source.scalarValue(at: index)
                buffer[index] = wchar_t(bitPattern: Self.isControl(value) ? 0xFFFD : value)
            }
            buffer[max(count, 1)] = 0  // no scalars: the space already there
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

    /// Paints one-column, one-scalar cells of one style from column `x`, as strings in the
    /// window's attributes: ncurses then skips a `setcchar` and a cursor move per cell.
    /// ncurses advances by the C library's width, so a character that table does not
    /// make one column wide is painted on its own at its own column, and never shifts
    /// the rest of the run. The window's attributes go back to normal for `paint`'s cells.
    mutating func paintRun(_ run: UnsafeBufferPointer<Cell>, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>) {
        guard let first = run.first else { return }
        let (attributes, pair) = look(of: first.style)
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: run.count + 1) { buffer in
            var start = 0, count = 0
            func flush() {
                guard count > 0 else { return }
                buffer[count] = 0
                wattr_set(window, attributes, pair, nil)
                mvwaddnwstr(window, Int32(y), Int32(x + start), buffer.baseAddress, Int32(count))
                wattr_set(window, pamphlet_a_normal(), 0, nil)
                count = 0
            }
            for (index, cell) in run.enumerated() {
                let value = cell.scalarValue(at: 0)
                if value >= 0x7F, Self.isControl(value) || pamphlet_wcwidth(wchar_t(bitPattern: value)) != 1 {
                    flush()
                    paint(cell, x: x + index, y: y, wide: false, in: window)
                    start = index + 1
                    continue
                }
                if count == 0 { start = index }
                buffer[count] = wchar_t(bitPattern: Self.isControl(value) ? 0xFFFD : value)
                count += 1
            }
            flush()
        }
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

    private static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}
