import PamphletCore

/// Reading one article: the crisis banner pinned on top, the body (which opens with
/// the title, publisher and disclaimer) scrolling under it, and a status line.
struct ArticleScreen: Sendable {
    let article: Article
    private(set) var layout: ArticleLayout
    /// Index of the first body line on screen.
    private(set) var top = 0
    private(set) var size: Size
    /// A one-key message on the status line, such as where a saved position resumed.
    var note: StatusNote?
    /// The find (`/`) in progress or accepted, with its highlights; nil when none.
    var find: ArticleFind?
    /// The link Tab chose; Enter follows it.
    var chosenLink: LinkStop?

    /// `crisisShortText` is the banner when the article's crisis text would take too many rows.
    init(article: Article, size: Size, crisisShortText: String) {
        self.article = article
        self.size = size
        crisisText = article.meta.crisis.map(Sanitizer.clean).flatMap { $0.isEmpty ? nil : $0 }
        self.crisisShortText = crisisShortText
        layout = ArticleLayout(article: article, terminalWidth: size.width, pinnedCrisisBanner: crisisText != nil)
        bannerLines = []
        bannerLines = bannerLines(width: layout.column.width, height: size.height)
    }

    // MARK: Where the reader is

    /// Source line of the block at the top of the screen: what is saved and what a resize keeps.
    var topSourceLine: Int { layout.lines.indices.contains(top) ? layout.lines[top].sourceLine : 0 }

    /// The section the top line belongs to.
    var currentSection: Section? {
        guard layout.lines.indices.contains(top), let anchor = layout.lines[top].anchor else { return nil }
        return article.section(anchor: anchor)
    }

    /// Percentage read, counted to the last line on screen, as less does.
    var percentRead: Int {
        let total = layout.lines.count
        guard total > bodyHeight else { return 100 }
        return min(100, (top + bodyHeight) * 100 / total)
    }

    /// Pinned to the top row so that it never scrolls away.
    let crisisText: String?

    /// The banner's rows; kept, since every frame and every scroll asks for them.
    private(set) var bannerLines: [String]

    /// "Crisis: call/text 988 · emergency 911", in the article's language.
    let crisisShortText: String

    /// The whole crisis text when it fits a quarter of the screen, else the short form;
    /// never cut (CrisisBanner).
    private func bannerLines(width: Int, height: Int) -> [String] {
        guard let crisisText else { return [] }
        let lines = CrisisBanner.lines(full: crisisText, short: crisisShortText, width: width - 2, height: height)
        return lines.enumerated().map { ($0.offset == 0 ? "! " : "  ") + $0.element }
    }

    var bodyTop: Int { bannerLines.count }
    var bodyHeight: Int { max(1, size.height - bodyTop - 1) }
    private var lastScrollTop: Int { max(0, layout.lines.count - bodyHeight) }

    // MARK: Moving

    /// Puts the block laid out from `sourceLine` (or the next one) at the top.
    mutating func show(sourceLine: Int) {
        top = layout.firstLine(atOrAfter: sourceLine)
    }

    /// Puts a section's heading at the top, even near the end where that leaves blank rows,
    /// so that the status line names the section the reader asked for.
    @discardableResult
    mutating func jump(toAnchor anchor: String) -> Bool {
        guard let line = layout.headingLine(of: anchor) else { return false }
        top = line
        return true
    }

    /// A new width reflows the text and puts the block that was at the top back at the top.
    mutating func resize(to newSize: Size) {
        size = newSize
        let column = ReadingColumn(terminalWidth: newSize.width)
        guard layout.column != column else {
            bannerLines = bannerLines(width: column.width, height: newSize.height)
            return
        }
        let keep = topSourceLine
        layout = ArticleLayout(article: article, terminalWidth: newSize.width, pinnedCrisisBanner: crisisText != nil)
        bannerLines = bannerLines(width: layout.column.width, height: newSize.height)
        show(sourceLine: keep)
        find?.relayout(in: layout)
        // The chosen link stays chosen where the new width put it.
        if let chosen = chosenLink { chosenLink = linkStops.first { $0.link == chosen.link } }
    }

    /// Brings `line` on screen: left alone when it is already visible, else a third of the
    /// way down, so a find match shows with some of the text before it.
    mutating func reveal(line: Int) {
        guard line < top || line >= top + bodyHeight else { return }
        top = max(0, min(line - bodyHeight / 3, lastScrollTop))
    }

    /// Puts `line` back at the top, as it was before a find moved the text.
    mutating func restore(top line: Int) {
        top = min(max(0, line), max(0, layout.lines.count - 1))
    }

    mutating func perform(_ action: Action) {
        switch action {
        case .down: scroll(by: 1)
        case .up: scroll(by: -1)
        case .wheelDown: scroll(by: 3)
        case .wheelUp: scroll(by: -3)
        case .pageDown: scroll(by: bodyHeight)
        case .pageUp: scroll(by: -bodyHeight)
        case .halfPageDown: scroll(by: max(1, bodyHeight / 2))
        case .halfPageUp: scroll(by: -max(1, bodyHeight / 2))
        case .top: top = 0
        case .bottom: top = lastScrollTop
        case .nextSection:
            if let next = layout.lines.indices.first(where: { $0 > top && layout.lines[$0].isHeading }) { top = next }
        case .previousSection:
            if let previous = layout.lines.indices.last(where: { $0 < top && layout.lines[$0].isHeading }) {
                top = previous
            }
        case .startFind, .acceptFind, .cancelFind, .findNext, .findPrevious: performFind(action)
        case .nextLink, .previousLink:
            if !stepLink(by: action == .nextLink ? 1 : -1) {
                note = StatusNote(message: tr("This article has no links"), hint: "")
            }
        default: break
        }
    }

    /// Scrolling stops when the last line reaches the bottom, but never pulls
    /// back a section heading that a jump put at the top.
    private mutating func scroll(by delta: Int) {
        if delta > 0 {
            top = max(top, min(top + delta, lastScrollTop))
        } else {
            top = max(0, top + delta)
        }
    }
}
