import PamphletCore

extension Frame {
    /// Draws a rendered line's spans from column `x`, styled by `theme`, clipped at `maxX`.
    mutating func put(_ spans: [Span], x: Int, y: Int, theme: Theme, maxX: Int? = nil) {
        var column = x
        for span in spans {
            column = put(span.text, x: column, y: y, style: theme.style(for: span.role), maxX: maxX)
        }
    }

    /// A full-width bar: `left` truncated as needed so `right` stays visible when it fits.
    mutating func putBar(left: String, right: String, y: Int, style: Style) {
        fill(y: y, style: style)
        let rightWidth = DisplayWidth.of(right)
        let room = width - 1 - (rightWidth > 0 ? rightWidth + 2 : 0)
        if room >= 8 || rightWidth == 0 {
            put(left.truncated(toWidth: max(0, room)), x: 1, y: y, style: style)
            if rightWidth > 0 { put(right, x: width - 1 - rightWidth, y: y, style: style) }
        } else {
            let text = left.isEmpty ? right : left + "  " + right
            put(text.truncated(toWidth: width - 1), x: min(1, width - 1), y: y, style: style)
        }
    }
}
