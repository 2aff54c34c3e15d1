import PamphletCore

/// The list of articles: title, reading time and summary; Enter opens one.
struct LibraryScreen: Sendable {
    private struct Entry: Sendable {
        let id: String
        let title: String
        let summary: String?
        let minutes: Int
    }

    private let entries: [Entry]
    private let heading: String
    private let problems: String?
    private(set) var cursor = ListCursor()
    private var size: Size

    init(library: Library, size: Size, selected: Int = 0) {
        self.size = size
        entries = library.entries.map { article in
            Entry(id: article.id, title: Sanitizer.clean(article.title),
                  summary: article.summary.map(Sanitizer.clean), minutes: article.minutes)
        }
        heading = entries.count == 1 ? "1 article" : "\(entries.count) articles"
        let failed = library.diagnostics.count
        problems = failed == 0 ? nil
            : "\(failed) file\(failed == 1 ? "" : "s") could not be loaded (pamphlet check lists why)"
        cursor.selected = min(max(0, selected), max(0, entries.count - 1))
        reveal()
    }

    var selectedArticleID: String? { entries.indices.contains(cursor.selected) ? entries[cursor.selected].id : nil }

    private var column: ReadingColumn { ReadingColumn(terminalWidth: size.width) }
    private var listHeight: Int { max(1, size.height - 3 - (problems == nil ? 0 : 1)) }

    /// Rows of each entry: its title line, its summary wrapped to at most two lines, a blank line.
    private func rows(of entry: Entry) -> [(text: String, isTitle: Bool)] {
        let summary = entry.summary?.wrapped(toWidth: column.width - 2, maxLines: 2) ?? []
        return [(entry.title, true)] + summary.map { ($0, false) } + [("", false)]
    }

    private func rowRange(of index: Int) -> Range<Int> {
        let start = entries[..<index].reduce(0) { $0 + rows(of: $1).count }
        return start..<(start + rows(of: entries[index]).count - 1)
    }

    mutating func resize(to newSize: Size) {
        size = newSize
        reveal()
    }

    /// Returns the article to open when the action opens one.
    mutating func perform(_ action: Action) -> String? {
        if cursor.move(for: action, count: entries.count, page: listHeight / 4) {
            reveal()
            return nil
        }
        switch action {
        case .open: return selectedArticleID
        default: break
        }
        reveal()
        return nil
    }

    private mutating func reveal() {
        guard !entries.isEmpty else { return }
        cursor.reveal(rows: rowRange(of: cursor.selected), visibleRows: listHeight)
    }

    func draw(into frame: inout Frame, theme: Theme, keyMap: KeyMap, directory: String) {
        let column = column
        frame.put("Pamphlet", x: column.x, y: 0, style: theme.title)
        frame.put(heading, x: column.maxX - DisplayWidth.of(heading), y: 0, style: theme.subtle)
        if entries.isEmpty {
            let message = "No articles in " + Sanitizer.clean(directory)
            for (offset, line) in WordWrap.wrap(message, width: column.width).prefix(listHeight).enumerated() {
                frame.put(line, x: column.x, y: 2 + offset)
            }
        }
        var row = 0
        for (index, entry) in entries.enumerated() {
            for line in rows(of: entry) {
                defer { row += 1 }
                let y = 2 + row - cursor.top
                guard row >= cursor.top, y < 2 + listHeight else { continue }
                if line.isTitle {
                    drawTitle(of: entry, selected: index == cursor.selected, y: y, into: &frame, theme: theme)
                } else {
                    frame.put(line.text, x: column.x + 2, y: y, style: theme.subtle, maxX: column.maxX)
                }
            }
        }
        if let problems {
            frame.put(problems.truncated(toWidth: column.width), x: column.x, y: frame.height - 2, style: theme.subtle)
        }
        let hints = keyMap.fittedHints([(.open, "open"), (.showContents, "contents"), (.showFAQ, "questions"),
                                        (.openSearch, "search"), (.requestConsult, "consult"), (.showHelp, "help"),
                                        (.showCrisis, "crisis"), (.backOneLevel, "quit")],
                                       keeping: [.showHelp, .showCrisis], on: .library, width: frame.width - 3)
        frame.putBar(left: "", right: hints, y: frame.height - 1, style: theme.statusBar)
    }

    private func drawTitle(of entry: Entry, selected: Bool, y: Int, into frame: inout Frame, theme: Theme) {
        let column = column
        let time = "\(entry.minutes) min"
        let marker = selected ? "› " : "  "
        let style = selected ? theme.selection : theme.title
        let titleRoom = column.width - 2 - DisplayWidth.of(time) - 1
        if selected { frame.fill(y: y, from: column.x, to: column.maxX, style: style) }
        frame.put(marker + entry.title.truncated(toWidth: titleRoom), x: column.x, y: y, style: style)
        frame.put(time, x: column.maxX - DisplayWidth.of(time), y: y, style: selected ? style : theme.subtle)
    }
}
