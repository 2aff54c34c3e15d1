/// Selection and scroll offset of a list whose entries may span several rows.
struct ListCursor: Equatable {
    var selected: Int = 0
    /// First row shown.
    var top: Int = 0

    mutating func move(by delta: Int, count: Int) {
        guard count > 0 else { return }
        selected = min(max(0, selected + delta), count - 1)
    }

    /// Applies a movement action to a list of `count` entries: a line, `page`
    /// entries, or an end. Returns false for any other action, for the screen.
    mutating func move(for action: Action, count: Int, page: Int) -> Bool {
        switch action {
        case .down, .wheelDown: move(by: 1, count: count)
        case .up, .wheelUp: move(by: -1, count: count)
        case .pageDown: move(by: max(1, page), count: count)
        case .pageUp: move(by: -max(1, page), count: count)
        case .top: selected = 0
        case .bottom: selected = max(0, count - 1)
        default: return false
        }
        return true
    }

    /// Scrolls the least needed so the rows of the selected entry are on screen;
    /// an entry taller than the screen shows from its first row.
    mutating func reveal(rows: Range<Int>, visibleRows: Int) {
        guard visibleRows > 0 else { return }
        if rows.count > visibleRows || rows.lowerBound < top {
            top = rows.lowerBound
        } else if rows.upperBound > top + visibleRows {
            top = rows.upperBound - visibleRows
        }
    }
}
