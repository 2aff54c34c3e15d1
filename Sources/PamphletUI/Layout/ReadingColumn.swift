/// The column text is read in: at most 80 cells wide, one cell of margin on each
/// side, centred on wide terminals.
struct ReadingColumn: Equatable {
    static let maximumWidth = 80

    let x: Int
    let width: Int

    init(terminalWidth: Int) {
        width = max(1, min(Self.maximumWidth, terminalWidth - 2))
        x = max(0, (terminalWidth - width) / 2)
    }

    var maxX: Int { x + width }
}
