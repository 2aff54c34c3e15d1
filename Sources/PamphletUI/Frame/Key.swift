/// A key press or terminal event, as the backend decodes it from `get_wch`.
/// The pure core only ever sees these, so key-script tests need no terminal.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("c")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape
    case function(Int)
    case wheelUp, wheelDown
    case resize(width: Int, height: Int)
    /// The terminal went away (its input closed, e.g. an ssh hang-up): save what
    /// must be saved and quit, as Ctrl-C does.
    case hangUp
    /// Text the terminal delivered as one bracketed paste, line breaks and all:
    /// it goes into the box it lands in, never read as keys.
    case paste(String)
}
