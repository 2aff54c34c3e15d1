import CNcursesw
import PamphletUI

/// Paints one cell with `setcchar` and `mvwadd_wch`. The core sanitizes text;
/// this is the last guard, so a control character can never reach the terminal.
struct CellPainter {
    /// ncurses keeps a spacing character plus up to four combining ones per cell.
    private static let maxCharactersPerCell = Int(CCHARW_MAX)

    private var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
    private var cell = cchar_t()

    mutating func paint(_ source: Cell, x: Int, y: Int, wide: Bool,
                        in window: UnsafeMutablePointer<WINDOW>, colors: inout ColorPairs?) {
        var count = 0
        for scalar in source.grapheme.unicodeScalars {
            if count == Self.maxCharactersPerCell { break }
            characters[count] = wchar_t(bitPattern: Self.isControl(scalar) ? 0xFFFD : scalar.value)
            count += 1
        }
        if count == 0 { characters[0] = 0x20; count = 1 }
        characters[count] = 0
        let pair = colors?.pair(for: source.style) ?? 0
        setcchar(&cell, characters, attributes(of: source.style), pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
        // The layout counted two columns; if the C library's width table says one,
        // blank the second column rather than leave what was there before.
        if wide && pamphlet_wcwidth(characters[0]) < 2 {
            characters[0] = 0x20
            characters[1] = 0
            setcchar(&cell, characters, attributes(of: source.style), pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &cell)
        }
    }

    private func attributes(of style: Style) -> attr_t {
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
