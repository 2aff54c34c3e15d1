import PamphletCore

/// The article's questions. Enter shows or hides an answer in place; → reads it in the article.
/// Typing words filters and ranks the questions (FAQScreen+Filter.swift).
struct FAQScreen: Sendable {
    struct Entry: Sendable {
        let question: String
        let anchor: String
    }

    let article: Article
    private let articleTitle: String
    let entries: [Entry]
    /// The entries listed, as indices into `entries`: all in article order, or the filter's ranking.
    var shown: [Int]
    /// The filter's words while filtering; nil when every question is listed.
    var filter: TextField?
    /// Questions the filter's words match only weakly (shown last, marked).
    var weakAnchors: Set<String> = []
    /// Answers as rendered lines, laid out two cells narrower than the reading column.
    private var answers: [String: [RenderedLine]] = [:]
    /// Expanded entries, as indices into `entries`.
    private(set) var expanded: Set<Int> = []
    var cursor = ListCursor()
    private var size: Size
    /// Crisis help for the filter's words, when they hold crisis language: shown above the questions.
    var crisisHelp: CrisisHelp? {
        didSet { reveal() }
    }

    init(article: Article, currentAnchor: String?, size: Size) {
        self.article = article
        self.size = size
        articleTitle = Sanitizer.clean(article.title)
        entries = article.faq.map { Entry(question: Sanitizer.clean($0.question), anchor: $0.anchor) }
        shown = Array(entries.indices)
        cursor.selected = entries.firstIndex { $0.anchor == currentAnchor } ?? 0
        layOutAnswers()
        reveal()
    }

    var selectedAnchor: String? { shown.indices.contains(cursor.selected) ? entries[shown[cursor.selected]].anchor : nil }

    private var column: ReadingColumn { ReadingColumn(terminalWidth: size.width) }
    var listHeight: Int { max(1, OverlayChrome.contentHeight(for: size) - crisisRows) }
    /// The crisis panel's lines while filtering with crisis words (CrisisPanel), else none.
    var crisisLines: [String] {
        guard isFiltering, let crisisHelp else { return [] }
        return CrisisPanel.lines(for: crisisHelp, width: column.width, rows: OverlayChrome.contentHeight(for: size))
    }
    /// The panel and its rule.
    private var crisisRows: Int { crisisLines.isEmpty ? 0 : crisisLines.count + 1 }
    /// First row of the questions: under the crisis panel when there is one.
    private var listTop: Int { OverlayChrome.contentTop + crisisRows }
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

    /// A question row, then its answer and a blank row when expanded (`position` in `shown`).
    private func rowCount(of position: Int) -> Int {
        let index = shown[position]
        return expanded.contains(index) ? 2 + (answers[entries[index].anchor]?.count ?? 0) : 1
    }

    private func rowRange(of position: Int) -> Range<Int> {
        let start = (0..<position).reduce(0) { $0 + rowCount(of: $1) }
        return start..<(start + rowCount(of: position))
    }

    mutating func resize(to newSize: Size) {
        let oldColumn = column
        size = newSize
        if column != oldColumn { layOutAnswers() }
        reveal()
    }

    /// Returns the anchor to read in the article when the action asks for it.
    mutating func perform(_ action: Action) -> String? {
        if cursor.move(for: action, count: shown.count, page: listHeight / 2) {
            reveal()
            return nil
        }
        switch action {
        case .toggleAnswer:
            guard shown.indices.contains(cursor.selected) else { break }
            let index = shown[cursor.selected]
            if expanded.contains(index) { expanded.remove(index) } else { expanded.insert(index) }
        case .jumpToAnswer: return selectedAnchor
        case .startFilter: startFilter()
        case .clearFilter: clearFilter()
        default: break
        }
        reveal()
        return nil
    }

    mutating func reveal() {
        guard !shown.isEmpty else { return }
        cursor.reveal(rows: rowRange(of: cursor.selected), visibleRows: listHeight)
    }

    func draw(into frame: inout Frame, theme: Theme, keyMap: KeyMap) {
        let column = column
        OverlayChrome(title: tr("Questions · %1$s", articleTitle), hints: hints(keyMap)).draw(into: &frame, column: column, theme: theme)
        if entries.isEmpty {
            frame.put(tr("This article has no questions."), x: column.x, y: OverlayChrome.contentTop, maxX: column.maxX)
            return
        }
        drawFilterLine(into: &frame, column: column, theme: theme, keyMap: keyMap)
        let crisisLines = crisisLines
        if !crisisLines.isEmpty {
            _ = CrisisPanel.draw(crisisLines, into: &frame, column: column, y: OverlayChrome.contentTop, theme: theme)
        }
        let listTop = listTop
        if shown.isEmpty {
            frame.put(tr("No question matches these words."), x: column.x, y: listTop, maxX: column.maxX)
            return
        }
        var row = 0
        func place(_ draw: (Int) -> Void) {
            defer { row += 1 }
            let y = listTop + row - cursor.top
            if row >= cursor.top && y < listTop + listHeight { draw(y) }
        }
        for (position, index) in shown.enumerated() {
            let entry = entries[index]
            let isOpen = expanded.contains(index)
            let selected = position == cursor.selected
            place { y in
                let style = selected ? theme.selection : theme.title
                if selected { frame.fill(y: y, from: column.x, to: column.maxX, style: style) }
                let question = (selected ? "› " : "  ") + (isOpen ? "▾ " : "▸ ") + entry.question
                let weak = weakAnchors.contains(entry.anchor) ? " · " + tr("weak match") : ""
                frame.put((question + weak).truncated(toWidth: column.width), x: column.x, y: y, style: style)
            }
            guard isOpen else { continue }
            for line in answers[entry.anchor] ?? [] {
                place { y in frame.put(line.spans, x: column.x + Self.answerIndent, y: y, theme: theme, maxX: column.maxX) }
            }
            place { _ in }
        }
    }
}
