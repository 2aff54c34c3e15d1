/// Something the reader asks its host to do; the pure core never does I/O itself.
public enum Effect: Sendable, Equatable {
    case quit
    /// Remember where the reader was in an article (never emitted in kiosk mode).
    case savePosition(article: String, sourceLine: Int)
    /// Turn mouse reporting on or off.
    case setMouse(Bool)
    /// Wipe the terminal's scrollback: a kiosk reset leaves nothing of the last reader behind.
    case clearScrollback
}
