import PamphletCore

/// Links on the article screen: Tab and Shift-Tab choose one of those on screen,
/// Enter follows it. The chosen link is drawn reversed, so it shows without colour.
extension ArticleScreen {
    /// One link's text on one line: the spans it covers and where it points.
    struct LinkStop: Sendable, Equatable {
        let line: Int
        let spans: Range<Int>
        let target: String
    }

    /// The links on screen, top to bottom; a link wrapped over two lines is two stops.
    var linkStops: [LinkStop] {
        var stops: [LinkStop] = []
        for line in top..<min(layout.lines.count, top + bodyHeight) {
            let spans = layout.lines[line].spans
            var index = 0
            while index < spans.count {
                guard case .link(let target) = spans[index].role else { index += 1; continue }
                var end = index + 1
                while end < spans.count, spans[end].role == .link(target: target) { end += 1 }
                stops.append(LinkStop(line: line, spans: index..<end, target: target))
                index = end
            }
        }
        return stops
    }

    /// Tab (+1) or Shift-Tab (-1): the next link on screen, wrapping; from none, the first (or last).
    mutating func stepLink(by offset: Int) {
        let stops = linkStops
        guard !stops.isEmpty else {
            chosenLink = nil
            return
        }
        if let chosen = chosenLink, let index = stops.firstIndex(of: chosen) {
            chosenLink = stops[(index + offset + stops.count) % stops.count]
        } else {
            chosenLink = offset > 0 ? stops.first : stops.last
        }
    }

    /// The chosen link, if it is still on screen (scrolling past it lets it go).
    var visibleChosenLink: LinkStop? {
        guard let chosenLink, linkStops.contains(chosenLink) else { return nil }
        return chosenLink
    }
}
