/// A stretch of one row that a terminal must repaint.
public struct ChangedSpan: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// One-column, one-scalar cells of one style: painted as one string.
        case run
        /// One cell on its own: a wide grapheme (then `count` is 1 and the cell after it
        /// is its continuation) or one with combining scalars.
        case cell(wide: Bool)
    }
    public var kind: Kind
    public var x: Int
    public var y: Int
    /// Cells in the span, from `x`.
    public var count: Int
}

extension Frame {
    /// Calls `body` with the spans of cells that differ from `previous` (every cell when
    /// nil), within the first `columns` x `rows` cells, left to right and top to bottom.
    ///
    /// A cell is unchanged when it and whether its right neighbour continues it are both
    /// the same. Here, where cells are known to be plain bits, the comparison and the
    /// grouping run without a call per cell; a page-down changes thousands of them.
    public func forEachChange(since previous: Frame?, columns: Int, rows: Int, _ body: (ChangedSpan) -> Void) {
        let previous = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        let columns = min(columns, width), rows = min(rows, height)
        cells.withUnsafeBufferPointer { cells in
            if let previous {
                previous.cells.withUnsafeBufferPointer { old in
                    Self.walk(cells, old: old, width: width, columns: columns, rows: rows, body)
                }
            } else {
                Self.walk(cells, old: nil, width: width, columns: columns, rows: rows, body)
            }
        }
    }

    private static func walk(_ cells: UnsafeBufferPointer<Cell>, old: UnsafeBufferPointer<Cell>?, width: Int,
                             columns: Int, rows: Int, _ body: (ChangedSpan) -> Void) {
        for y in 0..<rows {
            let row = y * width
            var x = 0
            while x < columns {
                let index = row + x
                let cell = cells[index]
                let wide = x + 1 < width && cells[index + 1].isContinuation
                guard !cell.isContinuation,
                      changed(cells, old, index, wide: wide, lastColumn: x + 1 >= width) else {
                    x += 1
                    continue
                }
                guard cell.scalarCount == 1, !wide else {
                    body(ChangedSpan(kind: .cell(wide: wide), x: x, y: y, count: 1))
                    x += 1
                    continue
                }
                var end = x + 1
                while end < columns {
                    let next = cells[row + end]
                    let nextWide = end + 1 < width && cells[row + end + 1].isContinuation
                    guard next.scalarCount == 1, !nextWide, next.style == cell.style,
                          changed(cells, old, row + end, wide: false, lastColumn: end + 1 >= width) else { break }
                    end += 1
                }
                body(ChangedSpan(kind: .run, x: x, y: y, count: end - x))
                x = end
            }
        }
    }

    @inline(__always)
    private static func changed(_ cells: UnsafeBufferPointer<Cell>, _ old: UnsafeBufferPointer<Cell>?, _ index: Int,
                                wide: Bool, lastColumn: Bool) -> Bool {
        guard let old else { return true }
        return old[index] != cells[index] || wide != (!lastColumn && old[index + 1].isContinuation)
    }
}
