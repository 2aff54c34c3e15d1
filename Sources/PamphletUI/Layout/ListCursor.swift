/// Selection and scroll offset of a list whose entries may span several rows.
struct ListCursor: Equatable {
    var selected: Int = 0
    /// First row shown.
    var top: Int = 0

    mutating func move(by delta: Int, count: Int) {
        guard count > 0 else { return }
        selected = min(max(0, selected + delta), count - 1)
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
