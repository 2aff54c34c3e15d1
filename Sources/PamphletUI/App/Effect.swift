import PamphletCore

/// Something a reader asks its host to do; the pure core never does I/O itself.
/// Both readers return these, so one effect runner serves both front ends.
public enum Effect: Sendable, Equatable {
    case quit
    /// Append text to the output: the line-oriented reader's only way to speak
    /// (never emitted by the full-screen reader, whose output is its frame).
    case write(String)
    /// Remember where the reader was in an article (never emitted in kiosk mode).
    case savePosition(article: String, sourceLine: Int)
    /// Turn mouse reporting on or off.
    case setMouse(Bool)
    /// The interface's language changed (the library's switch, the offer, a kiosk's reset):
    /// the host's own messages follow it. The reader already draws in it.
    case setLanguage(InterfaceLanguage)
    /// Wipe the terminal's scrollback: a kiosk reset leaves nothing of the last reader behind.
    case clearScrollback
    /// Save a consult request; the host answers with `Msg.consultSaved` or `Msg.consultFailed`.
    case submitConsult(ConsultForm)
    /// Keep the form being filled in, so a hang-up loses nothing (never emitted in kiosk mode).
    case saveConsultDraft(ConsultForm)
    /// The request was saved or discarded: its draft goes.
    case removeConsultDraft
}
