import CNcursesw
import PamphletUI

/// The full-screen terminal: paints finished frames and reads keys. It is the
/// only place ncurses is called. Not thread-safe: use it from the main thread.
public final class CursesTerminal {
    public struct Settings: Sendable {
        public var color: Bool
        public var mouse: Bool
        public init(color: Bool = true, mouse: Bool = true) {
            self.color = color
            self.mouse = mouse
        }
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var colors: ColorPairs?
    private var painter = CellPainter()
    private var isOpen = true

    /// Milliseconds ncurses waits after ESC for the rest of an escape sequence;
    /// the default of a second makes the Escape key feel broken.
    private static let escapeDelayMilliseconds: Int32 = 25

    /// Opens the terminal, or returns nil when ncurses cannot drive it (unknown
    /// TERM, or no cursor addressing), so the caller falls back to plain text.
    /// Call `TerminalLocale.prepare()` first.
    public static func open(settings: Settings) -> CursesTerminal? {
        pamphlet_install_terminal_restorers()
        guard let screen = newterm(nil, pamphlet_stdout(), pamphlet_stdin()) else { return nil }
        guard pamphlet_string_capability("cup") != nil, let window = pamphlet_stdscr() else {
            endwin()
            delscreen(screen)
            return nil
        }
        return CursesTerminal(screen: screen, window: window, settings: settings)
    }

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, settings: Settings) {
        self.screen = screen
        self.window = window
        // raw, not cbreak: Ctrl-C arrives as a key so quitting saves the reading
        // position; a SIGINT sent from outside is still caught by the restorers.
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(Self.escapeDelayMilliseconds)
        curs_set(0)
        colors = ColorPairs.start(enabled: settings.color)
        setMouse(settings.mouse)
    }

    deinit { close() }

    /// False on a monochrome terminal or when colour was turned off.
    public var hasColors: Bool { colors != nil }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Paints every cell of `frame` at its own position, then refreshes once;
    /// ncurses compares with what is on screen and sends only the changes.
    public func present(_ frame: Frame) {
        let (width, height) = size
        for y in 0..<min(frame.height, height) {
            for x in 0..<min(frame.width, width) {
                let cell = frame[x, y]
                if cell.isContinuation { continue }
                let wide = x + 1 < frame.width && frame[x + 1, y].isContinuation
                painter.paint(cell, x: x, y: y, wide: wide, in: window, colors: &colors)
            }
        }
        // Cells the frame does not cover (a frame smaller than the terminal) are cleared.
        if frame.height < height || frame.width < width { clearOutside(frame: frame, width: width, height: height) }
        if let cursor = frame.cursor, cursor.x < width, cursor.y < height {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }

    private func clearOutside(frame: Frame, width: Int, height: Int) {
        for y in 0..<height {
            let from = y < frame.height ? frame.width : 0
            if from < width { wmove(window, Int32(y), Int32(from)); wclrtoeol(window) }
        }
    }

    /// Waits up to `timeoutMilliseconds` for a key; nil when none came in time.
    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        wtimeout(window, Int32(max(0, timeoutMilliseconds)))
        var character: wint_t = 0
        switch wget_wch(window, &character) {
        case OK:
            return KeyDecoder.character(UInt32(character))
        case KEY_CODE_YES:
            let code = Int32(character)
            if code == KEY_RESIZE {
                let (width, height) = size
                return .resize(width: width, height: height)
            }
            if code == KEY_MOUSE { return wheelKey() }
            return KeyDecoder.functionKey(code)
        default:
            return nil
        }
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
        wclear(window)
        wrefresh(window)
        if let clear = pamphlet_string_capability("E3") { pamphlet_put_capability(clear) }
    }

    /// Suspends the program as a shell job (Ctrl-Z); ncurses restores and
    /// repaints on resume through its own SIGTSTP handling.
    public func suspend() {
        raise(SIGTSTP)
    }

    /// Leaves full-screen mode and puts the terminal back as it was.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        setMouse(false)
        endwin()
        delscreen(screen)
    }
}
