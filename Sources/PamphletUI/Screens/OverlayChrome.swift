/// The frame shared by the contents, questions, help and crisis screens: a title
/// on the first row, a status bar on the last, the rows between for content.
struct OverlayChrome {
    let title: String
    let hints: String

    static func contentHeight(for size: Size) -> Int { max(1, size.height - 3) }
    static let contentTop = 2

    func draw(into frame: inout Frame, column: ReadingColumn, theme: Theme) {
        frame.put(title.truncated(toWidth: column.width), x: column.x, y: 0, style: theme.title)
        frame.putBar(left: "", right: hints, y: frame.height - 1, style: theme.statusBar)
    }
}
