import CNcursesw
#if canImport(Glibc)
import Glibc
#endif
import PamphletUI

/// The full-screen terminal: paints finished frames and reads keys. It is the
/// only place ncurses is called. Not thread-safe: use it from the main thread.
public final class CursesTerminal {
    public struct Settings: Sendable {
        public var color: Bool
        public var mouse: Bool
        /// A shared terminal: job-control and quit signals are ignored (see `KioskSignals`).
        public var kiosk: Bool
        /// Offer web addresses as OSC 8 hyperlinks (see `HyperlinkSupport`).
        public var hyperlinks: Bool
        public init(color: Bool = true, mouse: Bool = true, kiosk: Bool = false, hyperlinks: Bool = false) {
            self.color = color
            self.mouse = mouse
            self.kiosk = kiosk
            self.hyperlinks = hyperlinks
        }
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var painter: CellPainter
    /// The last frame painted, while the window still holds it: `present` then
    /// paints only the cells that changed (a page-down changes most of a screen,
    /// moving a cursor or ticking a clock only a few).
    private var presented: Frame?
    private var isOpen = true
    private let offersHyperlinks: Bool
    /// The hyperlinks the terminal was last given; a frame without one of them
    /// repaints its cells without the link.
    private var offeredHyperlinks: [Hyperlink] = []

    /// Milliseconds ncurses waits after ESC for the rest of an escape sequence;
    /// the default of a second makes the Escape key feel broken.
    private static let escapeDelayMilliseconds: Int32 = 25

    /// Opens the terminal, or returns nil when ncurses cannot drive it (unknown
    /// TERM, or no cursor addressing), so the caller falls back to plain text.
    /// Call `TerminalLocale.prepare()` first.
    public static func open(settings: Settings) -> CursesTerminal? {
        // Before the restorers and ncurses: both leave alone a signal that is ignored,
        // so neither installs a SIGTSTP or SIGQUIT handler on a kiosk.
        if settings.kiosk { KioskSignals.ignore() }
        pamphlet_save_terminal_modes()
        pamphlet_install_terminal_restorers()
        guard let screen = newterm(nil, pamphlet_stdout(), pamphlet_stdin()) else { return nil }
        guard pamphlet_string_capability("cup") != nil, let window = pamphlet_stdscr() else {
            endwin()
            delscreen(screen)
            return nil
        }
        return CursesTerminal(screen: screen, window: window, settings: settings)
    }

    /// False on a kiosk: Ctrl-Z must not hand a stranger the shell behind it.
    public private(set) var canSuspend = true

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, settings: Settings) {
        self.screen = screen
        self.window = window
        canSuspend = !settings.kiosk
        offersHyperlinks = settings.hyperlinks
        painter = CellPainter(colors: nil)
        // Until a screen has been through endwin and back, ncurses 6.4 takes it for a
        // low-level terminfo program's and flushes its output at every cursor movement:
        // a page went out in about 28 writes. One round trip now, before anything is drawn,
        // puts it in its running state, and each frame goes out in one write.
        endwin()
        wrefresh(window)
        // raw, not cbreak: Ctrl-C arrives as a key so quitting saves the reading
        // position; a SIGINT sent from outside is still caught by the restorers.
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(Self.escapeDelayMilliseconds)
        // No typeahead checks: ncurses would poll the keyboard every few lines of a
        // refresh and flush what it had so far, turning one page into dozens of
        // small writes. Each frame is finished and written whole instead.
        typeahead(-1)
        curs_set(0)
        painter = CellPainter(colors: ColorPairs.start(enabled: settings.color))
        setMouse(settings.mouse)
        Self.writeNow(Self.bracketedPasteOn)
        pamphlet_capture_restore_sequence()
    }

    deinit { close() }

    /// Straight to the terminal: putp goes through C's stdout buffer, which ncurses'
    /// own writes overtake.
    private static func writeNow(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }

    private static let bracketedPasteOn = "\u{1B}[?2004h"
    private static let bracketedPasteOff = "\u{1B}[?2004l"

    /// False on a monochrome terminal or when colour was turned off.
    public var hasColors: Bool { painter.colors != nil }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Paints the cells of `frame` that differ from the last frame, runs of plain
    /// cells as strings, then refreshes once; ncurses compares with what is on
    /// screen and sends only the changes.
    public func present(_ frame: Frame) {
        let (width, height) = size
        // The painter is worked on as a local: reaching a class's stored property
        // through `inout` once per cell costs a dynamic exclusivity check each time.
        var painter = self.painter
        frame.cells.withUnsafeBufferPointer { cells in
            frame.forEachChange(since: presented, columns: width, rows: height) { span in
                let start = span.y * frame.width + span.x
                switch span.kind {
                case .run:
                    painter.paintRun(UnsafeBufferPointer(rebasing: cells[start..<(start + span.count)]),
                                     x: span.x, y: span.y, in: window)
                case .cell(let wide):
                    painter.paint(cells[start], x: span.x, y: span.y, wide: wide, in: window)
                }
            }
        }
        self.painter = painter
        // Cells the frame does not cover (a frame smaller than the terminal) are cleared.
        if frame.height < height || frame.width < width { clearOutside(frame: frame, width: width, height: height) }
        presented = frame.width <= width && frame.height <= height ? frame : nil
        if let cursor = frame.cursor, cursor.x < width, cursor.y < height {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wrefresh(window)
        offerHyperlinks(of: frame)
    }

    /// After ncurses has painted the frame: its web addresses' cells are painted again
    /// inside OSC 8 (the terminal then offers them to be opened; Pamphlet never opens one).
    /// Every frame, since ncurses repainting a cell takes its hyperlink away.
    private func offerHyperlinks(of frame: Frame) {
        guard offersHyperlinks, !(offeredHyperlinks.isEmpty && frame.hyperlinks.isEmpty) else { return }
        var bytes = ""
        for gone in offeredHyperlinks where !frame.hyperlinks.contains(gone) {
            bytes += HyperlinkEscapes.repaint(gone, in: frame, colors: hasColors, linked: false)
        }
        for link in frame.hyperlinks {
            bytes += HyperlinkEscapes.repaint(link, in: frame, colors: hasColors, linked: true)
        }
        offeredHyperlinks = frame.hyperlinks
        if !bytes.isEmpty { Self.writeNow(bytes) }
    }

    private func clearOutside(frame: Frame, width: Int, height: Int) {
        for y in 0..<height {
            let from = y < frame.height ? frame.width : 0
            if from < width { wmove(window, Int32(y), Int32(from)); wclrtoeol(window) }
        }
    }

    /// Waits up to `timeoutMilliseconds` for a key; nil when none came in time,
    /// `.hangUp` when the terminal's input has closed.
    ///
    /// Waits in `poll` rather than in ncurses: ncurses reports a closed input as
    /// a timeout, and a reader whose ssh session dropped would spin forever.
    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        let ready = poll(&input, 1, Int32(max(0, timeoutMilliseconds)))
        if ready == 0 { return nil }
        let closed = Int16(POLLHUP | POLLERR | POLLNVAL)
        if ready > 0, input.revents & Int16(POLLIN) == 0, input.revents & closed != 0 { return .hangUp }
        // Readable, or interrupted by a signal (SIGWINCH: ncurses turns it into KEY_RESIZE).
        wtimeout(window, 0)
        var character: wint_t = 0
        switch wget_wch(window, &character) {
        case OK:
            if character == 27, let paste = readBracketedPaste() { return paste }
            return KeyDecoder.character(UInt32(character))
        case KEY_CODE_YES:
            let code = Int32(character)
            if code == KEY_RESIZE {
                presented = nil  // the resized window no longer holds the last frame
                let (width, height) = size
                return .resize(width: width, height: height)
            }
            if code == KEY_MOUSE { return wheelKey() }
            return KeyDecoder.functionKey(code)
        default:
            // Readable yet nothing to read: end of input.
            return ready > 0 && input.revents & (Int16(POLLIN) | closed) != 0 && Self.inputAtEnd() ? .hangUp : nil
        }
    }

    /// Bracketed paste (xterm's mode 2004): the terminal wraps pasted text in
    /// `ESC [200~` ... `ESC [201~`, so a pasted "Name\nPhone" is one `.paste` for the
    /// field it lands in instead of keys (Enter) that move between fields.
    /// Called after an ESC; anything else after it is handed back to ncurses.
    private func readBracketedPaste() -> Key? {
        var read: [wint_t] = []
        defer { for code in read.reversed() { unget_wch(wchar_t(bitPattern: code)) } }
        for expected in "[200~".unicodeScalars {
            var code: wint_t = 0
            guard wget_wch(window, &code) == OK else { return nil }
            read.append(code)
            guard code == expected.value else { return nil }
        }
        read = []
        // The paste is in the input already; a pause this long means its end was lost.
        wtimeout(window, 200)
        defer { wtimeout(window, 0) }
        var text = String.UnicodeScalarView()
        let end = Array("\u{1B}[201~".unicodeScalars)
        var pending: [Unicode.Scalar] = []
        while text.count < Self.longestPaste {
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            guard status != ERR else { break }
            guard status == OK, var scalar = Unicode.Scalar(UInt32(code)) else { continue }
            if scalar == "\r" { scalar = "\n" }
            pending.append(scalar)
            if end.starts(with: pending) {
                if pending.count == end.count { break }
                continue
            }
            text.append(contentsOf: pending)
            pending = []
        }
        return .paste(String(text))
    }

    /// Far more than any field takes; the form says what did not fit.
    private static let longestPaste = 100_000

    /// True when standard input reports end of file or an error (a closed pty gives EIO).
    private static func inputAtEnd() -> Bool {
        var byte: UInt8 = 0
        let flags = fcntl(STDIN_FILENO, F_GETFL)
        _ = fcntl(STDIN_FILENO, F_SETFL, flags | O_NONBLOCK)
        defer { _ = fcntl(STDIN_FILENO, F_SETFL, flags) }
        let count = read(STDIN_FILENO, &byte, 1)
        if count == 1 {  // a byte after all: hand it back to ncurses rather than lose it
            ungetch(Int32(byte))
            return false
        }
        return count == 0 || (errno != EAGAIN && errno != EINTR)
    }

    private func wheelKey() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        if event.bstate & pamphlet_button4() != 0 { return .wheelUp }
        if pamphlet_button5() != 0 && event.bstate & pamphlet_button5() != 0 { return .wheelDown }
        return nil
    }

    /// Turns wheel reporting on or off. Off lets the terminal select text again.
    public func setMouse(_ enabled: Bool) {
        mouseinterval(0)
        mousemask(enabled ? pamphlet_wheel_mask() : 0, nil)
    }

    /// Clears the screen and, where the terminal supports it (terminfo E3), its
    /// scrollback, so a kiosk leaves nothing for the next person to scroll back to.
    public func clearScrollback() {
        presented = nil
        wclear(window)
        wrefresh(window)
        if let clear = pamphlet_string_capability("E3") { pamphlet_put_capability(clear) }
    }

    /// Suspends the program as a shell job (Ctrl-Z); ncurses restores and
    /// repaints on resume through its own SIGTSTP handling. Does nothing on a kiosk.
    public func suspend() {
        guard canSuspend else { return }
        raise(SIGTSTP)
    }

    /// Leaves full-screen mode and puts the terminal back as it was.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        setMouse(false)
        Self.writeNow(Self.bracketedPasteOff)
        endwin()
        delscreen(screen)
    }
}
