#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The width plain output wraps to when the user gives none.
enum TerminalWidth {
    static let maximumDefault = 80

    /// The terminal's columns capped at 80, or 80 when stdout is not a terminal
    /// (a pipe or file gets stable output whatever window ran it).
    /// The terminal's full width, or nil when standard output is not a terminal.
    static var standardOutputColumns: Int? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1,
              ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    static var defaultForStandardOutput: Int {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1,
              ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return maximumDefault }
        return min(Int(size.ws_col), maximumDefault)
    }
}
