import PamphletCore

/// Find in the article: `/` opens a prompt on the bottom line, matches are found and
/// highlighted as the query is typed, Enter keeps them for n and N, Esc goes back.
extension ArticleScreen {
    mutating func performFind(_ action: Action) {
        switch action {
        case .startFind:
            find = ArticleFind(originTop: top, originSourceLine: topSourceLine)
        case .acceptFind:
            // Enter on an empty prompt just closes it, as in less.
            if find?.query.isEmpty ?? true { find = nil } else { find?.isEditing = false }
        case .cancelFind:
            guard let find else { return }
            self.find = nil
            restore(top: find.originTop)
        case .findNext: stepFind(by: 1)
        case .findPrevious: stepFind(by: -1)
        default: break
        }
    }

    /// An editing key for the prompt: returns false when the prompt is not open or the
    /// key is not one a text field uses. Backspace on an empty prompt closes it.
    mutating func editFind(_ key: Key) -> Bool {
        guard var find, find.isEditing else { return false }
        if key == .backspace && find.field.isEmpty {
            performFind(.cancelFind)
            return true
        }
        let before = find.query
        guard find.field.handle(key) else { return false }
        if find.query != before {
            find.search(in: layout)
            if let line = find.currentLine { reveal(line: line) } else { restore(top: find.originTop) }
        }
        self.find = find
        return true
    }

    private mutating func stepFind(by offset: Int) {
        guard var find else { return }
        find.step(by: offset)
        self.find = find
        if let line = find.currentLine { reveal(line: line) }
    }

    // MARK: Drawing

    /// A body line, its find matches in the match style (the current one stands out).
    func drawLine(_ index: Int, x: Int, y: Int, into frame: inout Frame, theme: Theme, maxX: Int) {
        var spans = layout.lines[index].spans
        if let chosen = chosenLinkSpans(onLine: index) {
            // Drawn as a selection: reversed, whatever the colours.
            var column = x
            for (offset, span) in spans.enumerated() {
                var style = theme.style(for: span.role)
                if chosen.contains(offset) { style = theme.selection }
                column = frame.put(span.text, x: column, y: y, style: style, maxX: maxX)
            }
            return
        }
        guard let highlights = find?.highlights[index] else {
            frame.put(spans, x: x, y: y, theme: theme, maxX: maxX)
            return
        }
        spans = layout.lines[index].spans
        var column = x
        for run in Self.styledRuns(of: spans, highlights: highlights, theme: theme) {
            column = frame.put(run.text, x: column, y: y, style: run.style, maxX: maxX)
        }
    }

    /// The prompt while typing ("/query" and "3/14"), then the status bar with the
    /// count and the keys that step through the matches.
    func drawFindStatus(_ find: ArticleFind, into frame: inout Frame, y: Int, theme: Theme, keyMap: KeyMap) {
        if !find.isEditing && find.foundNothing {
            // Find is exact; search forgives typos and knows other words for the same thing.
            let wide = frame.width >= 64
            let hints = keyMap.hints([(.openSearch, wide ? trc("key hint", "search all articles") : trc("key hint", "search all")),
                                      (.cancelFind, trc("key hint", "clear"))], on: .article)
            let words = Sanitizer.clean(find.query)
            frame.putBar(left: wide ? tr("No match for “%1$s” in this article", words) : tr("No match for “%1$s”", words),
                         right: hints,
                         y: y, style: theme.statusBar)
            return
        }
        guard find.isEditing else {
            let hints = keyMap.hints([(.findNext, trc("key hint", "next")), (.findPrevious, trc("key hint", "prev")),
                                      (.cancelFind, trc("key hint", "clear"))], on: .article)
            frame.putBar(left: currentPlaceTitle, right: "\(find.counter)  \(hints)", y: y, style: theme.statusBar)
            return
        }
        frame.fill(y: y, style: .plain)
        let counter = find.counter
        let counterWidth = DisplayWidth.of(counter)
        frame.put("/", x: 0, y: y, style: theme.title)
        let fieldWidth = max(1, frame.width - 1 - (counterWidth > 0 ? counterWidth + 2 : 0))
        find.field.draw(into: &frame, x: 1, y: y, width: fieldWidth, style: .plain,
                        placeholder: tr("type to find in this article"), placeholderStyle: theme.subtle, focused: true)
        if counterWidth > 0 && counterWidth + 3 <= frame.width {
            frame.put(counter, x: frame.width - 1 - counterWidth, y: y, style: theme.subtle)
        }
    }

    /// "Title › Section", as the status line names where the reader is.
    var currentPlaceTitle: String {
        var place = Sanitizer.clean(article.title)
        if let section = currentSection, section.title != article.title {
            place += " › " + Sanitizer.clean(section.title)
        }
        return place
    }

    /// The spans cut into runs of one style, highlighted characters in the match styles.
    static func styledRuns(of spans: [Span], highlights: [ArticleFind.Highlight],
                           theme: Theme) -> [(text: String, style: Style)] {
        var runs: [(text: String, style: Style)] = []
        var offset = 0
        for span in spans {
            let base = theme.style(for: span.role)
            for character in span.text {
                let mark = highlights.first { $0.characters.contains(offset) }
                let style = mark.map { $0.isCurrent ? theme.currentMatch : theme.style(for: .match) } ?? base
                if let last = runs.last, last.style == style {
                    runs[runs.count - 1].text.append(character)
                } else {
                    runs.append((String(character), style))
                }
                offset += 1
            }
        }
        return runs
    }
}

extension Theme {
    /// The match n and N are on: the match style, bold and underlined, so it stands out
    /// without colour too.
    var currentMatch: Style {
        var style = style(for: .match)
        style.bold = true
        style.underline = true
        return style
    }
}
