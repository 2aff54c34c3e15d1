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
    /// The first entry on screen and how many of its rows are scrolled off above it. Kept
    /// by entry, not by row, so that only the entries near the screen are ever wrapped: a
    /// row count from the top would wrap every summary of a 10,000-article library.
    private var top = (entry: 0, skipped: 0)
    private var size: Size

    init(library: Library, size: Size, selected: Int = 0) {
        self.size = size
        entries = library.entries.map { article in
            Entry(id: article.id, title: Sanitizer.clean(article.title),
                  summary: article.summary.map(Sanitizer.clean), minutes: article.minutes)
        }
        heading = trn("%1$s article", "%1$s articles", entries.count, screenCount(entries.count))
        let failed = library.diagnostics.count
        problems = failed == 0 ? nil
            : trn("%1$s file could not be loaded (pamphlet check lists why)",
                  "%1$s files could not be loaded (pamphlet check lists why)", failed, screenCount(failed))
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

    /// Rows of entry `index` with the blank line after it.
    private func height(of index: Int) -> Int { rows(of: entries[index]).count }

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

    /// Scrolls the least needed so the selected entry's rows (less its blank line) are on
    /// screen; an entry taller than the screen shows from its first row.
    private mutating func reveal() {
        guard !entries.isEmpty else { return }
        let selected = cursor.selected, visible = listHeight
        top.entry = min(top.entry, entries.count - 1)
        top.skipped = min(top.skipped, height(of: top.entry) - 1)
        let span = height(of: selected) - 1
        if selected < top.entry || (selected == top.entry && top.skipped > 0) || span > visible {
            top = (selected, 0)
            return
        }
        // Rows from the top of the screen to the selected entry, counted only as far as the screen.
        var distance = -top.skipped
        var index = top.entry
        while index < selected && distance <= visible {
            distance += height(of: index)
            index += 1
        }
        guard distance + span > visible else { return }
        // Its last row becomes the screen's last: keep `above` rows of the entries before it.
        var above = visible - span
        var entry = selected
        while above > 0 && entry > 0 {
            entry -= 1
            let rows = height(of: entry)
            if rows >= above {
                top = (entry, rows - above)
                return
            }
            above -= rows
        }
        top = (entry, 0)
    }

    func draw(into frame: inout Frame, theme: Theme, keyMap: KeyMap, directory: String) {
        let column = column
        frame.put("Pamphlet", x: column.x, y: 0, style: theme.title)
        frame.put(heading, x: column.maxX - DisplayWidth.of(heading), y: 0, style: theme.subtle)
        if entries.isEmpty {
            let message = tr("No articles in %1$s", Sanitizer.clean(directory))
            for (offset, line) in WordWrap.wrap(message, width: column.width).prefix(listHeight).enumerated() {
                frame.put(line, x: column.x, y: 2 + offset)
            }
        }
        var y = 2, index = top.entry, skipped = top.skipped
        while index < entries.count, y < 2 + listHeight {
            let entry = entries[index]
            for line in rows(of: entry).dropFirst(skipped) where y < 2 + listHeight {
                if line.isTitle {
                    drawTitle(of: entry, selected: index == cursor.selected, y: y, into: &frame, theme: theme)
                } else {
                    frame.put(line.text, x: column.x + 2, y: y, style: theme.subtle, maxX: column.maxX)
                }
                y += 1
            }
            skipped = 0
            index += 1
        }
        if let problems {
            frame.put(problems.truncated(toWidth: column.width), x: column.x, y: frame.height - 2, style: theme.subtle)
        }
        // Most useful first (the hints that do not fit are dropped from the end): a patient
        // looks for an answer or a consultation before an article's contents.
        let hints = keyMap.fittedHints([(.open, trc("key hint", "open")), (.openSearch, trc("key hint", "search")),
                                        (.showFAQ, trc("key hint", "questions")), (.requestConsult, trc("key hint", "consult")),
                                        (.showContents, trc("key hint", "contents")), (.showHelp, trc("key hint", "help")),
                                        (.showCrisis, trc("key hint", "crisis")),
                                        // The other language by its own name: L:Español, L:English.
                                        (.switchLanguage, Localization.language.next.nativeName),
                                        (.backOneLevel, trc("key hint", "quit"))],
                                       keeping: [.showHelp, .showCrisis, .switchLanguage], on: .library, width: frame.width - 3)
        frame.putBar(left: "", right: hints, y: frame.height - 1, style: theme.statusBar)
    }

    private func drawTitle(of entry: Entry, selected: Bool, y: Int, into frame: inout Frame, theme: Theme) {
        let column = column
        let time = tr("%1$s min", screenCount(entry.minutes))
        let marker = selected ? "› " : "  "
        let style = selected ? theme.selection : theme.title
        let titleRoom = column.width - 2 - DisplayWidth.of(time) - 1
        if selected { frame.fill(y: y, from: column.x, to: column.maxX, style: style) }
        frame.put(marker + entry.title.truncated(toWidth: titleRoom), x: column.x, y: y, style: style)
        frame.put(time, x: column.maxX - DisplayWidth.of(time), y: y, style: selected ? style : theme.subtle)
    }
}
