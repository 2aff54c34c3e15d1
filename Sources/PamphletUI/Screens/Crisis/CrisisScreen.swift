import PamphletCore

/// `!`: who to contact right now. Every crisis line of the reader's language (Spanish
/// when the article is Spanish), the clinic's number, then the article's own crisis text.
/// Nothing is cut: on a short screen the lines scroll.
struct CrisisScreen: Sendable {
    let help: CrisisHelp
    private var size: Size
    private var rows: [String] = []
    private(set) var top = 0

    init(article: Article?, library: Library, crisis: CrisisSupport, size: Size) {
        let articleText = ([article?.meta.crisis] + library.entries.map(\.crisis))
            .lazy.compactMap { $0 }.map(Sanitizer.clean).first { !$0.isEmpty }
        help = crisis.help(in: article?.meta.language ?? "en", articleText: articleText)
        self.size = size
        layOut()
    }

    private var column: ReadingColumn { ReadingColumn(terminalWidth: size.width) }
    private var visibleRows: Int { OverlayChrome.contentHeight(for: size) }
    private var lastTop: Int { max(0, rows.count - visibleRows) }

    private mutating func layOut() {
        let width = column.width
        rows = WordWrap.wrap(help.wording.intro, width: width) + [""]
        for line in help.contactLines {
            rows += WordWrap.wrap(line, width: max(1, width - 2)).enumerated().map { ($0 == 0 ? "• " : "  ") + $1 }
        }
        if let articleText = help.articleText {
            rows += [""] + WordWrap.wrap(help.wording.fromTheArticle + " " + articleText, width: width)
        }
        top = min(top, lastTop)
    }

    mutating func resize(to newSize: Size) {
        size = newSize
        layOut()
    }

    mutating func perform(_ action: Action) {
        switch action {
        case .down: top += 1
        case .up: top -= 1
        case .wheelDown: top += 3
        case .wheelUp: top -= 3
        case .pageDown: top += visibleRows
        case .pageUp: top -= visibleRows
        case .top: top = 0
        case .bottom: top = lastTop
        default: break
        }
        top = min(max(0, top), lastTop)
    }

    func draw(into frame: inout Frame, theme: Theme, keyMap: KeyMap) {
        let column = column
        let more = rows.count > visibleRows ? [(Action.pageDown, trc("key hint", "more"))] : []
        let hints = keyMap.hints(more + [(.close, trc("key hint", "close"))], on: .crisis)
        OverlayChrome(title: help.wording.title, hints: hints).draw(into: &frame, column: column, theme: theme)
        for offset in 0..<visibleRows {
            guard rows.indices.contains(top + offset) else { break }
            frame.put(rows[top + offset], x: column.x, y: OverlayChrome.contentTop + offset,
                      style: theme.crisisText, maxX: column.maxX)
        }
    }
}
