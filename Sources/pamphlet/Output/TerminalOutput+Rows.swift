#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PamphletCore

extension TerminalOutput {
    /// Table rows gathered and written 64 KiB at a time, each cell cleaned as `line` cleans text.
    /// For long listings: `print` locks and converts per line, which was a tenth
    /// of `requests list` at 50,000 rows. Call `flush()` at the end.
    struct Rows {
        private var bytes: [UInt8] = []
        private static let chunk = 1 << 16

        /// One table row: each cell cleaned, then padded with spaces to its column's
        /// width (`width`: the cell's measured columns), two spaces between columns.
        mutating func appendRow(_ cells: [(text: String, width: Int)], columnWidths: [Int]) {
            for (column, cell) in cells.enumerated() {
                if column > 0 { bytes.append(contentsOf: [0x20, 0x20]) }
                var clean = Sanitizer.clean(cell.text)
                clean.withUTF8 { bytes.append(contentsOf: $0) }
                if column < cells.count - 1 {
                    bytes.append(contentsOf: repeatElement(0x20, count: max(0, columnWidths[column] - cell.width)))
                }
            }
            bytes.append(0x0A)
            if bytes.count >= Self.chunk { flush() }
        }

        /// Writes what was gathered after anything `print` still holds.
        mutating func flush() {
            defer { bytes.removeAll(keepingCapacity: true) }
            fflush(nil)  // every stream: naming `stdout` is not concurrency-safe in Swift 6
            bytes.withUnsafeBytes(TerminalOutput.writeToStandardOutput)
        }
    }
}
