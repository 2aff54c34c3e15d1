import PamphletCore

/// The FAQ keyword jump: typing words filters the questions and ranks them by the search
/// engine (typos forgiven), so "how long" or "side efects" puts the right question first.
/// Any letter or digit starts the filter (so does /), and from then on every key that
/// types goes into it; ↑/↓ select, Enter reads the answer,
/// Esc clears the filter and a second Esc closes the screen.
extension FAQScreen {
    var isFiltering: Bool { filter != nil }
    var filterQuery: String { filter?.text ?? "" }

    mutating func startFilter() {
        guard filter == nil, !entries.isEmpty else { return }
        filter = TextField(maxLength: 200)
    }

    /// Lists every question again, the one that was selected still selected.
    mutating func clearFilter() {
        let selected = shown.indices.contains(cursor.selected) ? shown[cursor.selected] : 0
        filter = nil
        crisisHelp = nil
        shown = Array(entries.indices)
        cursor = ListCursor()
        cursor.selected = selected
        reveal()
    }

    /// An editing key while filtering; false when not filtering or not an editing key.
    mutating func editFilter(_ key: Key) -> Bool {
        guard var field = filter, field.handle(key) else { return false }
        filter = field
        return true
    }

    /// Shows the questions in the order the engine ranked them (their anchors), or all
    /// of them in article order when the filter is empty.
    /// `weak` are the anchors the engine is not confident answer the words: marked, and last.
    mutating func show(ranked anchors: [String], weak: Set<String> = []) {
        if filterQuery.allSatisfy(\.isWhitespace) {
            shown = Array(entries.indices)
            weakAnchors = []
        } else {
            let ordered = anchors.filter { !weak.contains($0) } + anchors.filter { weak.contains($0) }
            shown = ordered.compactMap { anchor in entries.firstIndex { $0.anchor == anchor } }
            weakAnchors = weak
        }
        cursor = ListCursor()
        reveal()
    }

    // MARK: Drawing

    /// Row 1: the filter being typed and how many questions it keeps, or how to start one.
    func drawFilterLine(into frame: inout Frame, column: ReadingColumn, theme: Theme, keyMap: KeyMap) {
        let y = OverlayChrome.contentTop - 1
        guard let filter else {
            frame.put(tr("Type words to filter the questions").truncated(toWidth: column.width),
                      x: column.x, y: y, style: theme.subtle)
            return
        }
        let label = tr("Filter:") + " "
        let count = tr("%1$s of %2$s", screenCount(shown.count), screenCount(entries.count))
        let countWidth = DisplayWidth.of(count)
        let labelWidth = DisplayWidth.of(label)
        frame.put(label, x: column.x, y: y, style: theme.title, maxX: column.maxX)
        let fieldWidth = column.width - labelWidth - countWidth - 1
        guard fieldWidth >= 4 else {
            filter.draw(into: &frame, x: column.x + labelWidth, y: y, width: max(1, column.width - labelWidth),
                        style: .plain, focused: true)
            return
        }
        filter.draw(into: &frame, x: column.x + labelWidth, y: y, width: fieldWidth, style: .plain,
                    placeholder: tr("type words"), placeholderStyle: theme.subtle, focused: true)
        frame.put(count, x: column.maxX - countWidth, y: y, style: theme.subtle)
    }

    func hints(_ keyMap: KeyMap) -> String {
        guard isFiltering else {
            return keyMap.hints([(.toggleAnswer, trc("key hint", "answer")), (.jumpToAnswer, trc("key hint", "read")),
                                 (.close, trc("key hint", "close"))], on: .faq)
        }
        let arrows = [Action.up, .down].compactMap { keyMap.key(for: $0, on: .faqFilter) }.joined()
        let rest = keyMap.hints([(.jumpToAnswer, trc("key hint", "read")), (.clearFilter, trc("key hint", "clear"))], on: .faqFilter)
        return arrows.isEmpty ? rest : arrows + ":" + trc("key hint", "select") + " " + rest
    }
}
