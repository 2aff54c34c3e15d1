import PamphletCore

/// The article's questions. Enter shows or hides an answer in place; o or → reads it in the article.
struct FAQScreen: Sendable {
    private struct Entry: Sendable {
        let question: String
        let anchor: String
    }

    private let article: Article
    private let articleTitle: String
    private let entries: [Entry]
    /// Answers as rendered lines, laid out two cells narrower than the reading column.
    private var answers: [String: [RenderedLine]] = [:]
    private(set) var expanded: Set<Int> = []
    private(set) var cursor = ListCursor()
    private var size: Size

    init(article: Article, currentAnchor: String?, size: Size) {
        self.article = article
        self.size = size
        articleTitle = Sanitizer.clean(article.title)
        entries = article.faq.map { Entry(question: Sanitizer.clean($0.question), anchor: $0.anchor) }
        cursor.selected = entries.firstIndex { $0.anchor == currentAnchor } ?? 0
        layOutAnswers()
        reveal()
    }

    var selectedAnchor: String? { entries.indices.contains(cursor.selected) ? entries[cursor.selected].anchor : nil }

    private var column: ReadingColumn { ReadingColumn(terminalWidth: size.width) }
    private var listHeight: Int { OverlayChrome.contentHeight(for: size) }
    /// Answers sit under the question text, past the selection and expansion markers.
    private static let answerIndent = 4

    /// Each answer is its section rendered on its own, less the question's heading
    /// (everything up to the first blank line).
    private mutating func layOutAnswers() {
        let width = max(1, column.width - Self.answerIndent)
        answers = [:]
        for entry in entries {
            let lines = ArticleRenderer.render(article, width: width, section: entry.anchor)
            answers[entry.anchor] = Array(lines.drop { !$0.spans.isEmpty }.dropFirst())
        }
    }

    /// A question row, then its answer and a blank row when expanded.
    private func rowCount(of index: Int) -> Int {
        expanded.contains(index) ? 2 + (answers[entries[index].anchor]?.count ?? 0) : 1
    }

    private func rowRange(of index: Int) -> Range<Int> {
        let start = (0..<index).reduce(0) { $0 + rowCount(of: $1) }
        return start..<(start + rowCount(of: index))
    }

    mutating func resize(to newSize: Size) {
        let oldColumn = column
        size = newSize
        if column != oldColumn { layOutAnswers() }
        reveal()
    }

    /// Returns the anchor to read in the article when the action asks for it.
    mutating func perform(_ action: Action) -> String? {
        switch action {
        case .down, .wheelDown: cursor.move(by: 1, count: entries.count)
        case .up, .wheelUp: cursor.move(by: -1, count: entries.count)
        case .pageDown: cursor.move(by: max(1, listHeight / 2), count: entries.count)
        case .pageUp: cursor.move(by: -max(1, listHeight / 2), count: entries.count)
        case .top: cursor.selected = 0
        case .bottom: cursor.selected = max(0, entries.count - 1)
        case .toggleAnswer:
            if expanded.contains(cursor.selected) { expanded.remove(cursor.selected) } else { expanded.insert(cursor.selected) }
        case .jumpToAnswer: return selectedAnchor
        default: break
        }
        reveal()
        return nil
    }

    private mutating func reveal() {
        guard !entries.isEmpty else { return }
        cursor.reveal(rows: rowRange(of: cursor.selected), visibleRows: listHeight)
    }

    func draw(into frame: inout Frame, theme: Theme, keyMap: KeyMap) {
        let column = column
        let hints = keyMap.hints([(.toggleAnswer, "answer"), (.jumpToAnswer, "read"), (.close, "close")], on: .faq)
        OverlayChrome(title: "Questions · " + articleTitle, hints: hints).draw(into: &frame, column: column, theme: theme)
        if entries.isEmpty {
            frame.put("This article has no questions.", x: column.x, y: OverlayChrome.contentTop, maxX: column.maxX)
            return
        }
        var row = 0
        func place(_ draw: (Int) -> Void) {
            defer { row += 1 }
            let y = OverlayChrome.contentTop + row - cursor.top
            if row >= cursor.top && y < OverlayChrome.contentTop + listHeight { draw(y) }
        }
        for (index, entry) in entries.enumerated() {
            let isOpen = expanded.contains(index)
            let selected = index == cursor.selected
            place { y in
                let style = selected ? theme.selection : theme.title
                if selected { frame.fill(y: y, from: column.x, to: column.maxX, style: style) }
                let question = (selected ? "› " : "  ") + (isOpen ? "▾ " : "▸ ") + entry.question
                frame.put(question.truncated(toWidth: column.width), x: column.x, y: y, style: style)
            }
            guard isOpen else { continue }
            for line in answers[entry.anchor] ?? [] {
                place { y in frame.put(line.spans, x: column.x + Self.answerIndent, y: y, theme: theme, maxX: column.maxX) }
            }
            place { _ in }
        }
    }
}
