import PamphletCore
import PamphletUI

/// The bytes that make cells already painted by ncurses an OSC 8 hyperlink: save the
/// cursor, move to the link, repaint its cells (same text, same attributes) between
/// `ESC ] 8 ; ; URL ESC \` and `ESC ] 8 ; ; ESC \`, restore the cursor. ncurses knows
/// nothing of hyperlinks, so this goes after its refresh; the screen it believes it
/// painted is unchanged. Repainting without the link (`linked: false`) takes one away.
enum HyperlinkEscapes {
    /// The opening sequence, or nil when the address has anything but printable ASCII
    /// without spaces (so no ESC, BEL or ST can end the sequence early), or a scheme
    /// other than http, https, mailto and tel: `WebAddress` checks both, and this
    /// checks again, as the last step before the terminal.
    static func open(_ address: WebAddress) -> String? {
        guard let checked = WebAddress(address.text), checked.text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        else { return nil }
        return "\u{1B}]8;;" + checked.text + "\u{1B}\\"
    }

    static let close = "\u{1B}]8;;\u{1B}\\"

    /// The cells of `link` in `frame`, repainted with the hyperlink on (or off).
    /// Empty when the link lies outside the frame or its address does not pass `open`.
    static func repaint(_ link: Hyperlink, in frame: Frame, colors: Bool, linked: Bool) -> String {
        guard link.y >= 0, link.y < frame.height, link.x >= 0, link.width > 0, link.x + link.width <= frame.width,
              let opening = open(link.address)
        else { return "" }
        var out = "\u{1B}7\u{1B}[\(link.y + 1);\(link.x + 1)H"
        if linked { out += opening }
        var lastStyle: Style?
        for x in link.x..<(link.x + link.width) {
            let cell = frame[x, link.y]
            if cell.isContinuation { continue }
            if cell.style != lastStyle {
                out += sgr(cell.style, colors: colors)
                lastStyle = cell.style
            }
            for index in 0..<cell.scalarCount {
                let value = cell.scalarValue(at: index)
                let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
                out.unicodeScalars.append(isControl ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}")
            }
        }
        if linked { out += close }
        return out + "\u{1B}[0m\u{1B}8"
    }

    /// Select Graphic Rendition for a style, from a reset, as ncurses paints it.
    static func sgr(_ style: Style, colors: Bool) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.italic { codes.append("3") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if colors {
            if let foreground = number(of: style.foreground) { codes.append("\(30 + foreground)") }
            if let background = number(of: style.background) { codes.append("\(40 + background)") }
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func number(of color: Color) -> Int? {
        switch color {
        case .terminalDefault: nil
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        }
    }
}
