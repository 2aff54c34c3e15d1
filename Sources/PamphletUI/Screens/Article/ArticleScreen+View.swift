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
            drawLine(index, x: column.x, y: bodyTop + offset, into: &frame, theme: theme, maxX: column.maxX)
        }
        frame.hyperlinks = hyperlinks(x: column.x, maxX: min(column.maxX, frame.width))
        drawStatus(into: &frame, y: frame.height - 1, theme: theme, keyMap: keyMap)
    }

    /// What a reader most often wants next, in the order the status line offers them.
    static var statusKeys: [(Action, String)] {
        [(.showContents, trc("key hint", "contents")), (.showFAQ, trc("key hint", "questions")),
         (.openSearch, trc("key hint", "search")), (.requestConsult, trc("key hint", "consult")),
         (.startFind, trc("key hint", "find")), (.showHelp, trc("key hint", "help")), (.backOneLevel, trc("key hint", "back"))]
    }

    /// The status keys for this screen: with a link on screen, how to reach it (Tab), after
    /// the reader's usual keys; once one is chosen, how to follow it (Enter), first, since
    /// that is what the reader is about to do.
    var statusKeysHere: [(Action, String)] {
        var keys = Self.statusKeys
        let place = keys.firstIndex { $0.0 == .showHelp } ?? keys.endIndex
        if visibleChosenLink != nil {
            keys.insert((.followLink, trc("key hint", "follow link")), at: 0)
        } else if hasLinkOnScreen {
            keys.insert((.nextLink, trc("key hint", "links")), at: place)
        }
        return keys
    }

    /// Whether any line of the body on screen holds a link.
    private var hasLinkOnScreen: Bool {
        (top..<(top + bodyHeight)).contains { index in
            layout.lines.indices.contains(index)
                && layout.lines[index].spans.contains { if case .link = $0.role { true } else { false } }
        }
    }

    /// "Title › Section  42%  t:contents f:questions … ?:help", or the one-key note when there is one.
    private func drawStatus(into frame: inout Frame, y: Int, theme: Theme, keyMap: KeyMap) {
        if let find {
            return drawFindStatus(find, into: &frame, y: y, theme: theme, keyMap: keyMap)
        }
        if let note {
            let whole = note.message + " " + note.hint
            if DisplayWidth.of(whole) <= frame.width - 2 {
                frame.putBar(left: whole, right: "", y: y, style: theme.statusBar)
            } else {
                frame.putBar(left: note.message, right: note.hint, y: y, style: theme.statusBar)
            }
            return
        }
        // The place keeps a few columns; the keys that fit go beside it, most useful first.
        let percent = "\(percentRead)%  "
        let hintRoom = frame.width - 4 - DisplayWidth.of(percent) - min(DisplayWidth.of(currentPlaceTitle), 24)
        let hints = keyMap.fittedHints(statusKeysHere, on: .article, width: hintRoom)
        // Short of room, the section alone says where the reader is (the title is on the page).
        let placeRoom = frame.width - 3 - DisplayWidth.of(percent + hints)
        var place = currentPlaceTitle
        if DisplayWidth.of(place) > placeRoom, let section = currentSection {
            place = Sanitizer.clean(section.title)
        }
        frame.putBar(left: place, right: percent + hints, y: y, style: theme.statusBar)
    }
}
