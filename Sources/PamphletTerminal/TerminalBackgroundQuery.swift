import PamphletUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Asks the terminal for its background colour (OSC 11) before ncurses starts.
///
/// The question is followed by a Primary Device Attributes request (`ESC [ c`), which
/// every terminal answers: its reply ends the wait at once, so a terminal that
/// ignores OSC 11 costs one round trip rather than the whole timeout, and no late
/// answer is left in the input to be read as keys.
public enum TerminalBackgroundQuery {
    public static func ask(timeoutMilliseconds: Int = 150) -> ThemeBackground? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return nil }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { return nil }
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }

        var question = Array("\u{1B}]11;?\u{1B}\\\u{1B}[c".utf8)
        guard write(STDOUT_FILENO, &question, question.count) == question.count else { return nil }
        var reply: [UInt8] = []
        var deadline = timeoutMilliseconds
        while deadline > 0, !endsWithDeviceAttributes(reply), reply.count < 512 {
            var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let started = monotonicMilliseconds()
            guard poll(&input, 1, Int32(deadline)) > 0 else { break }
            var buffer = [UInt8](repeating: 0, count: 128)
            let count = read(STDIN_FILENO, &buffer, buffer.count)
            guard count > 0 else { break }
            reply += buffer[0..<count]
            deadline -= max(1, monotonicMilliseconds() - started)
        }
        return ThemeBackground(osc11Reply: reply)
    }

    /// `ESC [ ? ... c`: the device attributes reply, always the last one asked for.
    private static func endsWithDeviceAttributes(_ bytes: [UInt8]) -> Bool {
        guard bytes.last == UInt8(ascii: "c"), let start = bytes.lastIndex(of: 0x1B) else { return false }
        return bytes[start...].starts(with: [0x1B, UInt8(ascii: "["), UInt8(ascii: "?")])
    }

    private static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int(now.tv_sec) * 1000 + Int(now.tv_nsec) / 1_000_000
    }
}
