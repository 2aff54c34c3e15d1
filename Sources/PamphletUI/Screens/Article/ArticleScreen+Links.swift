import PamphletCore

/// Links on the article screen: Tab and Shift-Tab choose the next or previous link,
/// scrolling to it when it is off screen; Enter follows it. The chosen link is drawn
/// reversed, so it shows without colour.
extension ArticleScreen {
    /// One link's text on one line: the line and the spans it covers.
    struct LinkSegment: Sendable, Equatable {
        let line: Int
        let spans: Range<Int>
    }

    /// One link as laid out: a link wrapped over two lines is one stop of two segments.
    struct LinkStop: Sendable, Equatable {
        let link: Link
        var segments: [LinkSegment]
        var firstLine: Int { segments[0].line }
        var lastLine: Int { segments[segments.count - 1].line }
    }

    /// Every link of the article, top to bottom.
    var linkStops: [LinkStop] {
        var stops: [LinkStop] = []
        for (lineIndex, line) in layout.lines.enumerated() {
            let spans = line.spans
            var index = 0
            while index < spans.count {
                guard case .link(let link) = spans[index].role else { index += 1; continue }
                var end = index + 1
                while end < spans.count, spans[end].role == .link(link) { end += 1 }
                let segment = LinkSegment(line: lineIndex, spans: index..<end)
                // The same link going on from the line above is the rest of one stop.
                if let last = stops.last, last.link == link, last.lastLine == lineIndex - 1 {
                    stops[stops.count - 1].segments.append(segment)
                } else {
                    stops.append(LinkStop(link: link, segments: [segment]))
                }
                index = end
            }
        }
        return stops
    }

    /// Tab (+1) or Shift-Tab (-1): the link after (or before) the chosen one; with none
    /// chosen on screen, the first (or last) from the screen on. Past the last link it
    /// wraps to the first. The chosen link is scrolled onto the screen.
    /// Returns false when the article has no link at all.
    @discardableResult
    mutating func stepLink(by offset: Int) -> Bool {
        let stops = linkStops
        guard !stops.isEmpty else {
            chosenLink = nil
            return false
        }
        let next: LinkStop
        if let chosen = visibleChosenLink, let index = stops.firstIndex(of: chosen) {
            next = stops[(index + offset + stops.count) % stops.count]
        } else if offset > 0 {
            next = stops.first { $0.lastLine >= top } ?? stops[0]
        } else {
            next = stops.last { $0.firstLine < top + bodyHeight } ?? stops[stops.count - 1]
        }
        chosenLink = next
        reveal(lines: next.firstLine...next.lastLine)
        return true
    }

    /// Chooses `link` again where it shows on screen (returning to a link followed), or
    /// chooses none.
    mutating func choose(_ link: Link?) {
        guard let link else {
            chosenLink = nil
            return
        }
        let onScreen = top..<(top + bodyHeight)
        chosenLink = linkStops.first { $0.link == link && $0.segments.contains { onScreen.contains($0.line) } }
    }

    /// The chosen link, while any of it is on screen (scrolling past it lets it go).
    var visibleChosenLink: LinkStop? {
        guard let chosenLink else { return nil }
        let onScreen = top..<(top + bodyHeight)
        return chosenLink.segments.contains { onScreen.contains($0.line) } ? chosenLink : nil
    }

    /// The spans of body line `index` that the chosen link covers, if any.
    func chosenLinkSpans(onLine index: Int) -> Range<Int>? {
        visibleChosenLink?.segments.first { $0.line == index }?.spans
    }

    /// The web addresses among the links on screen, where each sits on the screen, for
    /// the terminal to offer as OSC 8 hyperlinks. `x` is the reading column's first column.
    func hyperlinks(x: Int, maxX: Int) -> [Hyperlink] {
        var found: [Hyperlink] = []
        for row in 0..<bodyHeight {
            let index = top + row
            guard layout.lines.indices.contains(index) else { break }
            var column = x
            for span in layout.lines[index].spans {
                let width = DisplayWidth.of(span.text)
                if case .link(let link) = span.role, case .external(let address) = link.target, column < maxX {
                    found.append(Hyperlink(address: address, x: column, y: bodyTop + row,
                                           width: min(width, maxX - column)))
                }
                column += width
            }
        }
        return found
    }

    /// Scrolls as little as needed to show `lines`, keeping the first on screen.
    private mutating func reveal(lines: ClosedRange<Int>) {
        if lines.lowerBound < top {
            restore(top: lines.lowerBound)
        } else if lines.upperBound >= top + bodyHeight {
            restore(top: min(lines.lowerBound, lines.upperBound - bodyHeight + 1))
        }
    }
}
