import PamphletCore

/// Library-wide search: a box for the words, and the results as they are typed, grouped
/// by article (the article with the best hit first), FAQ answers before sections, each with
/// its question or heading and a snippet with the matched words highlighted. Words that
/// hold crisis language put crisis help above the results, fixed, before any snippet.
struct SearchScreen: Sendable {
    /// What the list below the box says when it has no results to show.
    enum Status: Sendable, Equatable {
        case results
        case unavailable(reason: String)
        case failed(reason: String)
    }

    private enum Row: Sendable {
        case articleTitle(String)
        /// Above the results the engine is not confident answer the words.
        case weakMatches
        case resultTitle(Int)
        case snippet([Span])
        case blank
    }

    var field: TextField
    private(set) var results: [SearchResult] = []
    /// Where the weak matches start in `results` (`results.count` when there are none).
    private var firstWeak = 0
    private(set) var status = Status.results
    private(set) var cursor = ListCursor()
    private var rows: [Row] = []
    /// Rows of each result (its title and snippet), for scrolling the selection into view.
    private var resultRows: [Range<Int>] = []
    private var size: Size
    private let articleCount: Int
    /// Crisis help for the words in the box, when they hold crisis language.
    private(set) var crisisHelp: CrisisHelp?
    /// The help's rows at the current size (CrisisPanel): empty without help.
    private var crisisLines: [String] = []

    static let resultLimit = 40
    private static let snippetLines = 2
    private static let snippetIndent = 4
    private static let boxBottom = 3

    init(query: String, size: Size, articleCount: Int) {
        field = TextField(query, maxLength: 200)
        self.size = size
        self.articleCount = articleCount
    }

    var query: String { field.text }
    var selectedResult: SearchResult? { results.indices.contains(cursor.selected) ? results[cursor.selected] : nil }

    private var column: ReadingColumn { ReadingColumn(terminalWidth: size.width) }
    /// The list starts under the crisis panel and its rule, when there is one.
    private var listTop: Int { Self.boxBottom + (crisisLines.isEmpty ? 0 : crisisLines.count + 1) }
    private var listHeight: Int { max(1, size.height - listTop - 1) }

    /// Sets (or clears) the crisis help shown above the results.
    mutating func showCrisisHelp(_ help: CrisisHelp?) {
        crisisHelp = help
        layOut()
    }

    /// New results for the words in the box: grouped, and the selection kept when asked
    /// (coming back from a result), else on the first.
    mutating func show(_ ranked: [SearchResult], selecting selected: Int = 0) {
        status = .results
        let weak = ranked.filter { $0.confidence < QuestionAnswer.answeringConfidence }
        results = ranked.filter { $0.confidence >= QuestionAnswer.answeringConfidence }.groupedByArticle()
        firstWeak = results.count
        results += weak.groupedByArticle()
        cursor = ListCursor()
        cursor.selected = min(max(0, selected), max(0, results.count - 1))
        layOut()
    }

    mutating func show(_ status: Status) {
        self.status = status
        results = []
        firstWeak = 0
        cursor = ListCursor()
        layOut()
    }

    mutating func resize(to newSize: Size) {
        size = newSize
        layOut()
    }

    mutating func perform(_ action: Action) {
        _ = cursor.move(for: action, count: results.count, page: listHeight / 4)
        reveal()
    }

    private mutating func layOut() {
        crisisLines = crisisHelp.map {
            CrisisPanel.lines(for: $0, width: column.width, rows: max(1, size.height - Self.boxBottom - 1))
        } ?? []
        rows = []
        resultRows = []
        let snippetWidth = max(1, column.width - Self.snippetIndent)
        for (index, result) in results.enumerated() {
            if index == firstWeak {
                if index > 0 { rows.append(.blank) }
                rows.append(.weakMatches)
            }
            if index == 0 || index == firstWeak || results[index - 1].article != result.article {
                if index > 0 && index != firstWeak { rows.append(.blank) }
                rows.append(.articleTitle(Sanitizer.clean(result.articleTitle)))
            }
            let start = rows.count
            rows.append(.resultTitle(index))
            for line in SnippetLines.lines(of: result.snippet, width: snippetWidth, maxLines: Self.snippetLines) {
                rows.append(.snippet(line))
            }
            resultRows.append(start..<rows.count)
        }
        reveal()
    }

    private mutating func reveal() {
        guard resultRows.indices.contains(cursor.selected) else { return }
        var range = resultRows[cursor.selected]
        // The first result of an article brings its title row along.
        if range.lowerBound > 0, case .articleTitle = rows[range.lowerBound - 1] {
            range = (range.lowerBound - 1)..<range.upperBound
        }
        cursor.reveal(rows: range, visibleRows: listHeight)
    }

    // MARK: Drawing

    func draw(into frame: inout Frame, theme: Theme, keyMap: KeyMap) {
        let column = column
        frame.put(trc("search screen title", "Search all articles"), x: column.x, y: 0, style: theme.title, maxX: column.maxX)
        if case .results = status, !query.isEmpty {
            let count = trn("%1$s result", "%1$s results", results.count, screenCount(results.count))
            frame.put(count, x: column.maxX - DisplayWidth.of(count), y: 0, style: theme.subtle)
        }
        frame.put("› ", x: column.x, y: 1, style: theme.title)
        field.draw(into: &frame, x: column.x + 2, y: 1, width: max(1, column.width - 2), style: Style(underline: true),
                   placeholder: tr("type words, e.g. side effects"), placeholderStyle: theme.subtle, focused: true)
        if !crisisLines.isEmpty {
            _ = CrisisPanel.draw(crisisLines, into: &frame, column: column, y: Self.boxBottom, theme: theme)
        }
        let listTop = listTop
        if let message {
            for (offset, line) in WordWrap.wrap(message, width: column.width).prefix(listHeight).enumerated() {
                frame.put(line, x: column.x, y: listTop + offset, maxX: column.maxX)
            }
        }
        for offset in 0..<listHeight {
            let index = cursor.top + offset
            guard rows.indices.contains(index), listTop + offset < frame.height - 1 else { break }
            draw(rows[index], y: listTop + offset, into: &frame, theme: theme)
        }
        frame.putBar(left: "", right: hints(keyMap), y: frame.height - 1, style: theme.statusBar)
    }

    /// Said in place of results: why there are none, or what to do.
    private var message: String? {
        switch status {
        case .unavailable(let reason): return tr("Search is not available: %1$s", Sanitizer.clean(reason))
        case .failed(let reason): return tr("Search failed: %1$s", Sanitizer.clean(reason))
        case .results:
            if query.allSatisfy(\.isWhitespace) {
                return trn("Type a few words to search %1$s article. Answers to questions come first; spelling mistakes are forgiven.",
                           "Type a few words to search %1$s articles. Answers to questions come first; spelling mistakes are forgiven.",
                           articleCount, screenCount(articleCount))
            }
            return results.isEmpty ? tr("Nothing matches these words. Try other words, or fewer of them.") : nil
        }
    }

    private func draw(_ row: Row, y: Int, into frame: inout Frame, theme: Theme) {
        let column = column
        switch row {
        case .articleTitle(let title):
            frame.put(title.truncated(toWidth: column.width), x: column.x, y: y, style: theme.sectionTitle)
        case .resultTitle(let index):
            let result = results[index]
            let selected = index == cursor.selected
            let style = selected ? theme.selection : theme.title
            if selected { frame.fill(y: y, from: column.x, to: column.maxX, style: style) }
            // Q marks an answer to a question, § a section of the article.
            let title = (selected ? "› " : "  ") + (result.kind == .faq ? trc("marks a search result that answers a question", "Q") + " " : "§ ") + Sanitizer.clean(result.title)
            frame.put(title.truncated(toWidth: column.width), x: column.x, y: y, style: style)
        case .snippet(let spans):
            frame.put(spans, x: column.x + Self.snippetIndent, y: y, theme: theme, maxX: column.maxX)
        case .weakMatches:
            frame.put(tr("Weak matches: these share words with your search but may not answer it").truncated(toWidth: column.width),
                      x: column.x, y: y, style: theme.subtle)
        case .blank:
            break
        }
    }

    private func hints(_ keyMap: KeyMap) -> String {
        let arrows = [Action.up, .down].compactMap { keyMap.key(for: $0, on: .search) }.joined()
        let open = keyMap.key(for: .open, on: .search).map { $0 + ":" + trc("key hint", "read") }
        let back = keyMap.screenKey(for: .historyBack, on: .search).map { $0 + ":" + trc("key hint", "back") }
        return ([arrows.isEmpty ? nil : arrows + ":" + trc("key hint", "select"), open, back].compactMap { $0 }).joined(separator: " ")
    }
}

extension KeyMap {
    /// The key bound to `action` on `screen` by a binding made for that screen, not one
    /// that applies everywhere (Esc goes back from the search, rather than Backspace, which edits).
    func screenKey(for action: Action, on screen: ScreenKind) -> String? {
        bindings.first { $0.action == action && $0.screens.contains(screen) && !$0.isGlobal }?.shortLabel
    }
}
