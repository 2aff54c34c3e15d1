import PamphletCore

/// Everything that can happen to a reader, as one value: the only way in to either
/// reader's state (`ReaderModel.update`). The host turns terminal input and the
/// answers to effects into messages; the reader answers with effects.
public enum Msg: Sendable, Equatable {
    /// The reader is on screen: the line-oriented reader says its first words
    /// (the full-screen one has nothing to add; its first frame is drawn from its state).
    case start
    /// A key press (full-screen reader).
    case key(Key)
    /// A line the user typed, without its line break (line-oriented reader).
    case line(String)
    /// Text the terminal delivered as one bracketed paste.
    case paste(String)
    /// The terminal changed size.
    case resize(Size)
    /// About once a second, on a monotonic clock in seconds: drafts, kiosk timeouts.
    case tick(now: Double)
    /// A request left unfinished last time, to offer back (never on a kiosk).
    case draftOffered(ConsultForm)
    /// The host saved the request `submitConsult` asked for. `notice` is what the
    /// store must tell the user besides (a requests file moved aside).
    case consultSaved(reference: String, notice: String? = nil, delivery: ConsultDeliveryOutcome = .keptHere)
    /// The host could not save it, and why, in plain words.
    case consultFailed(reason: String)

    /// The message for a decoded key: sizes and pastes are messages of their own.
    public init(_ key: Key) {
        switch key {
        case .resize(let width, let height): self = .resize(Size(width: width, height: height))
        case .paste(let text): self = .paste(text)
        default: self = .key(key)
        }
    }
}

/// A reader as its host drives it: messages in, effects out. The same effect runner
/// serves the full-screen reader and the line-oriented one.
public protocol ReaderModel {
    mutating func update(_ msg: Msg) -> [Effect]
}
