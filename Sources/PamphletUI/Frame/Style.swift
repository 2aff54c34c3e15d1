/// Terminal colours the theme may use; `.terminalDefault` keeps the user's own colours.
public enum Color: Sendable, Hashable, CaseIterable {
    case terminalDefault, black, red, green, yellow, blue, magenta, cyan, white
}

/// How one cell looks. Attributes alone must carry meaning: under NO_COLOR or on
/// a monochrome terminal the backend drops the colours and keeps the attributes.
public struct Style: Sendable, Hashable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool
    public var italic: Bool

    public init(foreground: Color = .terminalDefault, background: Color = .terminalDefault,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false,
                dim: Bool = false, italic: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.italic = italic
    }

    public static let plain = Style()
}
