/// A block of article content, kept with its Markdown structure and source line.
public struct Block: Sendable, Equatable {
    public var kind: Kind
    /// 1-based line in the source file (front matter included).
    public var line: Int

    public init(_ kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }

    public indirect enum Kind: Sendable, Equatable {
        case paragraph([Inline])
        /// Each item is a list of blocks (paragraphs, nested lists, ...).
        case list(ordered: Bool, start: Int, tight: Bool, items: [[Block]])
        case quote([Block])
        case code(language: String?, text: String)
        case table(Table)
        case thematicBreak
        /// Raw HTML blocks other than the keyword comments: kept as text, never interpreted.
        case html(String)
    }
}

public struct Table: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// Inline content of a paragraph, heading or table cell.
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case code(String)
    /// A link and its text.
    case link(Link, [Inline])
    case image(url: String, alt: [Inline])
    case softBreak
    case lineBreak
    /// Inline raw HTML, shown as text.
    case html(String)
}

extension Array where Element == Inline {
    /// The text a reader sees, with soft breaks as spaces.
    public var plainText: String {
        var out = ""
        for inline in self {
            switch inline {
            case .text(let s), .code(let s), .html(let s): out += s
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, let c): out += c.plainText
            case .image(_, let alt): out += alt.plainText
            case .softBreak: out += " "
            case .lineBreak: out += "\n"
            }
        }
        return out
    }
}
