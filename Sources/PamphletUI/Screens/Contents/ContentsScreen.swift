import PamphletCore

/// The article's section tree, FAQ questions included; a digit jumps to its entry,
/// arrows select and Enter jumps (as the `--plain` reader's numbered menus do).
struct ContentsScreen: Sendable {
    struct Entry: Sendable, Equatable {
        let title: String
        let anchor: String
        let depth: Int
    }

    let articleTitle: String
    let entries: [Entry]
    private(set) var cursor = ListCursor()
    private var size: Size

    init(article: Article, currentAnchor: String?, size: Size) {
        self.size = size
        articleTitle = Sanitizer.clean(article.title)
        let sections = article.allSections
        let shallowest = sections.map(\.level).min() ?? 1
        var entries = sections.map {
            Entry(title: Sanitizer.clean($0.title), anchor: $0.anchor, depth: $0.level - shallowest)
        }
        // Questions the loader did not also list as sections still belong in the contents.
        let listed = Set(entries.map(\.anchor))
        entries += article.faq.filter { !listed.contains($0.anchor) }.map {
            Entry(title: Sanitizer.clean($0.question), anchor: $0.anchor, depth: 1)
        }
        self.entries = entries
        cursor.selected = entries.firstIndex { $0.anchor == currentAnchor } ?? 0
        reveal()
    }

    var selectedAnchor: String? { entries.indices.contains(cursor.selected) ? entries[cursor.selected].anchor : nil }

    private var listHeight: Int { OverlayChrome.contentHeight(for: size) }

    mutating func resize(to newSize: Size) {
        size = newSize
        reveal()
    }

    /// Returns the anchor to jump to when the action chooses one.
    mutating func perform(_ action: Action, key: Key) -> String? {
        if cursor.move(for: action, count: entries.count, page: listHeight) {
            reveal()
            return nil
        }
        switch action {
        case .chooseNumbered:
            if case .character(let digit) = key, let number = digit.wholeNumberValue,
               entries.indices.contains(number - 1) {
                cursor.selected = number - 1
                return selectedAnchor
            }
        case .open: return selectedAnchor
        default: break
        }
        reveal()
        return nil
    }

    private mutating func reveal() {
        cursor.reveal(rows: cursor.selected..<(cursor.selected + 1), visibleRows: listHeight)
    }

    func draw(into frame: inout Frame, theme: Theme, keyMap: KeyMap) {
        let column = ReadingColumn(terminalWidth: size.width)
        let hints = keyMap.hints([(.chooseNumbered, trc("key hint", "open")), (.open, trc("key hint", "open selected")),
                                  (.close, trc("key hint", "close"))], on: .contents)
        OverlayChrome(title: tr("Contents · %1$s", articleTitle), hints: hints).draw(into: &frame, column: column, theme: theme)
        if entries.isEmpty {
            frame.put(tr("This article has no sections."), x: column.x, y: OverlayChrome.contentTop, maxX: column.maxX)
        }
        for row in 0..<listHeight {
            let index = cursor.top + row
            guard entries.indices.contains(index) else { break }
            let entry = entries[index]
            let y = OverlayChrome.contentTop + row
            let selected = index == cursor.selected
            let marker = selected ? "› " : "  "
            let number = index < 9 ? "\(index + 1) " : "  "
            let indent = String(repeating: "  ", count: min(entry.depth, 4))
            let style = selected ? theme.selection : (entry.depth == 0 ? theme.sectionTitle : Style.plain)
            if selected { frame.fill(y: y, from: column.x, to: column.maxX, style: style) }
            frame.put(marker + number, x: column.x, y: y, style: selected ? style : theme.subtle)
            frame.put((indent + entry.title).truncated(toWidth: column.width - 4), x: column.x + 4, y: y, style: style)
        }
    }
}
