import PamphletCore

/// What a terminal below the minimum size shows instead of a screen.
enum TooSmallScreen {
    static var message: String {
        tr("Terminal too small (%1$sx%2$s needed)", String(Size.minimum.width), String(Size.minimum.height))
    }

    static func draw(into frame: inout Frame, theme: Theme) {
        guard frame.width > 0, frame.height > 0 else { return }
        let lines = WordWrap.wrap(message, width: frame.width).prefix(frame.height)
        let firstRow = (frame.height - lines.count) / 2
        for (offset, line) in lines.enumerated() {
            frame.put(line, x: 0, y: firstRow + offset, style: theme.title)
        }
    }
}
