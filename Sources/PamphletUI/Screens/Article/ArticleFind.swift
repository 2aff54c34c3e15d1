import PamphletCore

/// A find in the article being read (`/`): the query, where the reader was when it
/// began (Esc goes back there), and the matches in the laid-out lines.
struct ArticleFind: Sendable {
    struct Highlight: Sendable, Equatable {
        /// Character offsets in the line's text.
        let characters: Range<Int>
        /// The match n and N step from, drawn differently from the others.
        let isCurrent: Bool
    }

    var field = TextField(maxLength: 200)
    /// While true the prompt holds the bottom line and keys edit the query; Enter accepts it.
    var isEditing = true
    /// Line at the top of the screen when the find began, and its block (to find it again after a reflow).
    private(set) var originTop: Int
    private let originSourceLine: Int
    private(set) var matches: [LiteralFinder.Match] = []
    /// Index in `matches` of the current match; nil when there are none.
    private(set) var current: Int?
    private(set) var highlights: [Int: [Highlight]] = [:]

    init(originTop: Int, originSourceLine: Int) {
        self.originTop = originTop
        self.originSourceLine = originSourceLine
    }

    var query: String { field.text }
    /// Words typed that are nowhere in the article (then `s` searches all articles for them).
    var foundNothing: Bool { !query.isEmpty && current == nil }
    var currentLine: Int? { current.map { matches[$0].firstLine } }

    /// "3/14", "not found", or nothing before the first letter.
    var counter: String {
        guard !query.isEmpty else { return "" }
        guard let current else { return tr("not found") }
        return tr("%1$s/%2$s", screenCount(current + 1), screenCount(matches.count))
    }

    /// Finds the query again; the current match becomes the first one at or after the line
    /// the find started from, as in less, wrapping to the first one in the article.
    mutating func search(in layout: ArticleLayout) {
        matches = Self.matches(of: query, in: layout)
        current = matches.isEmpty ? nil : matches.firstIndex { $0.firstLine >= originTop } ?? 0
        markHighlights()
    }

    /// n and N: the next or previous match, wrapping around the article.
    mutating func step(by offset: Int) {
        guard let current, !matches.isEmpty else { return }
        self.current = ((current + offset) % matches.count + matches.count) % matches.count
        markHighlights()
    }

    /// After a reflow: the same matches in the new lines, the same one current.
    mutating func relayout(in layout: ArticleLayout) {
        originTop = layout.firstLine(atOrAfter: originSourceLine)
        let kept = current
        matches = Self.matches(of: query, in: layout)
        current = matches.isEmpty ? nil : min(kept ?? 0, matches.count - 1)
        markHighlights()
    }

    private static func matches(of query: String, in layout: ArticleLayout) -> [LiteralFinder.Match] {
        let lines = layout.lines
        // Lines of one block with text on both sides are one wrapped paragraph.
        return LiteralFinder(query: query).matches(in: lines.map(\.text)) { index in
            lines[index].sourceLine == lines[index - 1].sourceLine
                && !lines[index].spans.isEmpty && !lines[index - 1].spans.isEmpty
        }
    }

    private mutating func markHighlights() {
        highlights = [:]
        for (index, match) in matches.enumerated() {
            for piece in match.pieces {
                highlights[piece.line, default: []].append(Highlight(characters: piece.characters,
                                                                     isCurrent: index == current))
            }
        }
    }
}
