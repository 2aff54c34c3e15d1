import PamphletCore

extension ArticleScreen {
    func draw(into frame: inout Frame, theme: Theme, keyMap: KeyMap) {
        let column = layout.column
        for (row, line) in bannerLines.enumerated() {
            frame.fill(y: row, style: theme.crisisBanner)
            frame.put(line, x: column.x, y: row, style: theme.crisisBanner, maxX: column.maxX)
        }
        for offset in 0..<bodyHeight {
            let index = top + offset
            guard layout.lines.indices.contains(index) else { break }
            frame.put(layout.lines[index].spans, x: column.x, y: bodyTop + offset, theme: theme, maxX: column.maxX)
        }
        drawStatus(into: &frame, y: frame.height - 1, theme: theme, keyMap: keyMap)
    }

    /// "Title › Section  42%  ?:help q:back", or the one-key note when there is one.
    private func drawStatus(into frame: inout Frame, y: Int, theme: Theme, keyMap: KeyMap) {
        if let note {
            let whole = note.message + " " + note.hint
            if DisplayWidth.of(whole) <= frame.width - 2 {
                frame.putBar(left: whole, right: "", y: y, style: theme.statusBar)
            } else {
                frame.putBar(left: note.message, right: note.hint, y: y, style: theme.statusBar)
            }
            return
        }
        var place = Sanitizer.clean(article.title)
        if let section = currentSection, section.title != article.title {
            place += " › " + Sanitizer.clean(section.title)
        }
        let hints = keyMap.hints([(.showHelp, "help"), (.backOneLevel, "back")], on: .article)
        frame.putBar(left: place, right: "\(percentRead)%  \(hints)", y: y, style: theme.statusBar)
    }
}
