/// What a piece of rendered text is, so a front end can style it (colour
/// theme, or attributes only under NO_COLOR) and plain output can ignore it.
public enum SpanRole: Sendable, Equatable, Hashable {
    case body
    case heading(level: Int)
    case emphasis
    case strong
    case strongEmphasis
    case code
    /// A link's text, with the link, so that the reader can follow it.
    case link(Link)
    /// The URL printed after a link's text.
    case linkTarget
    case quote
    case listMarker
    case tableBorder
    case tableHeader
    case rule
    case crisis
    case disclaimer
    case meta
    /// A search match (find-in-article highlights, marked snippets).
    case match
    /// A placeholder that the sanitizer put where a control character was.
    case replaced
}

/// A run of text with one role. `text` is already sanitized and has no newlines.
public struct Span: Sendable, Equatable {
    public var text: String
    public var role: SpanRole

    public init(_ text: String, _ role: SpanRole = .body) {
        self.text = text
        self.role = role
    }
}

/// One display line of a rendered article, at most the render width wide.
public struct RenderedLine: Sendable, Equatable {
    public var spans: [Span]
    /// Anchor of the section this line belongs to (nil before the first heading).
    public var anchor: String?
    /// True for the first line of a section heading; `]`/`[` jump between these.
    public var isHeading: Bool
    /// Source line of the block this line was laid out from; a resize keeps the
    /// block that was at the top of the screen at the top.
    public var sourceLine: Int

    public init(spans: [Span], anchor: String?, isHeading: Bool = false, sourceLine: Int) {
        self.spans = spans
        self.anchor = anchor
        self.isHeading = isHeading
        self.sourceLine = sourceLine
    }

    public var text: String { spans.map(\.text).joined() }
}
