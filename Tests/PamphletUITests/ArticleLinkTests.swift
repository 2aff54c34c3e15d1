import Testing
import PamphletCore
@testable import PamphletUI

/// Links as a patient meets them: text, not "<other.md#anchor>"; Tab to choose,
/// Enter to follow, Backspace to come back; a web address shown, never opened.
@Suite struct ArticleLinkTests {
    static func article(_ id: String, _ text: String) -> Article {
        do {
            return try ArticleLoader().parse(bytes: Array(text.utf8), id: id, path: id + ".md")
        } catch {
            fatalError("test article does not load: \(error)")
        }
    }

    static let library = Library(directory: "lib", articles: [
        article("bp", """
            ---
            title: Blood pressure
            ---

            # Blood pressure

            Read [the questions](#faq) or [sleep advice](sleep.md#naps), and the \
            [heart foundation](https://example.org/heart) site.

            ## Diet

            Less salt.

            ## FAQ

            ### Why?

            Because.
            """),
        article("sleep", """
            ---
            title: Sleep
            ---

            # Sleep

            Rest well.

            ## Naps

            Short ones.
            """),
    ], diagnostics: [])

    @Test func aLinkShowsAsItsTextAlone() {
        let app = ReaderApp.sized(100, 24, library: Self.library, openArticle: "bp")
        let text = app.screenText(100, 24)
        #expect(text.contains("Read the questions or sleep advice, and the heart foundation"))
        #expect(text.contains("<https://example.org/heart> site."), "a web address stays shown")
        #expect(!text.contains("<#faq>") && !text.contains("sleep.md"))
    }

    @Test func tabChoosesALinkAndEnterFollowsItToAnotherArticle() {
        var app = ReaderApp.sized(100, 24, library: Self.library, openArticle: "bp")
        app.press("Tab")
        #expect(app.view(width: 100, height: 24).cells(reversedIn: "the questions"))
        app.keys(.tab)
        #expect(app.view(width: 100, height: 24).cells(reversedIn: "sleep advice"))
        app.press("Enter")
        #expect(app.articleID == "sleep")
        #expect(app.sectionAnchor == "naps")
        app.press("Backspace")
        #expect(app.articleID == "bp")
    }

    /// Coming back is coming back to the link: Tab then goes on from it, not from the top.
    @Test func backspaceChoosesTheFollowedLinkAgain() {
        var app = ReaderApp.sized(100, 24, library: Self.library, openArticle: "bp")
        app.keys(.tab, .tab)
        app.press("Enter")
        #expect(app.articleID == "sleep")
        app.press("Backspace")
        #expect(app.view(width: 100, height: 24).cells(reversedIn: "sleep advice"), "another article, then back")
        app.keys(.tab)
        #expect(app.view(width: 100, height: 24).cells(reversedIn: "heart foundation"), "Tab goes on from it")
        app.keys(.backTab, .backTab)
        app.press("Enter")
        #expect(app.sectionAnchor == "faq")
        app.press("Backspace")
        #expect(app.view(width: 100, height: 24).cells(reversedIn: "the questions"), "a section of this article, then back")
    }

    /// The status line says how to reach the links on screen, then how to follow the chosen one.
    @Test func theStatusLineOffersTabThenEnterForLinks() {
        var app = ReaderApp.sized(160, 24, library: Self.library, openArticle: "bp")
        #expect(app.bottomLine(160, 24).contains("Tab:links"), "\(app.bottomLine(160, 24))")
        app.keys(.tab)
        #expect(app.bottomLine(160, 24).contains("Enter:follow link"), "\(app.bottomLine(160, 24))")
        #expect(app.bottomLine(80, 24).contains("Enter:follow link"), "first, so it shows at 80 columns too")
        #expect(!app.bottomLine(160, 24).contains("Tab:links"))
        app.press("Enter, Backspace, Esc")
        let plain = ReaderApp.sized(160, 24, library: Self.library, openArticle: "sleep")
        #expect(!plain.bottomLine(160, 24).contains("links"), "no link on screen, no link key")
    }

    @Test func shiftTabGoesBackAndAnAnchorLinkJumpsWithinTheArticle() {
        var app = ReaderApp.sized(100, 24, library: Self.library, openArticle: "bp")
        app.keys(.tab, .tab, .backTab)
        app.press("Enter")
        #expect(app.articleID == "bp")
        #expect(app.sectionAnchor == "faq")
        app.press("Backspace")
        #expect(app.sectionAnchor != "faq")
    }

    @Test func aWebAddressIsShownNotOpened() {
        var app = ReaderApp.sized(100, 24, library: Self.library, openArticle: "bp")
        app.keys(.backTab)  // from none, Shift-Tab takes the last link on screen
        let effects = app.press("Enter")
        #expect(effects.isEmpty, "nothing is opened")
        #expect(app.bottomLine(100, 24).hasPrefix(" Web address: https://example.org/heart"))
        #expect(app.bottomLine(100, 24).contains("Pamphlet does not open it"))
    }

    /// Tab goes on to a link below the screen and scrolls to it; Shift-Tab comes back up.
    @Test func tabScrollsToTheNextLinkOffScreen() {
        let long = Library(directory: "lib", articles: [
            Self.article("long", "---\ntitle: Long\n---\n\n# Long\n\n[Top link](#end) here.\n\n"
                         + (1...30).map { "Line \($0)." }.joined(separator: "\n\n")
                         + "\n\n## End\n\nSee [the start](#long).\n"),
        ], diagnostics: [])
        var app = ReaderApp.sized(60, 12, library: long, openArticle: "long")
        app.press("Tab")
        #expect(app.view(width: 60, height: 12).cells(reversedIn: "Top link"))
        app.press("Tab")
        let frame = app.view(width: 60, height: 12)
        #expect(frame.cells(reversedIn: "the start"), "scrolled down to the link:\n\(app.screenText(60, 12))")
        #expect(!app.screenText(60, 12).contains("Top link"))
        app.press("Enter")
        #expect(app.screenText(60, 12).contains("Top link"), "#long goes back to the top heading")
        app.press("Backspace")
        #expect(app.screenText(60, 12).contains("See the start."))
    }

    @Test func aLinkWrappedOverTwoLinesIsOneStop() {
        let wrapped = Library(directory: "lib", articles: [
            Self.article("w", "---\ntitle: W\n---\n\n# W\n\nSome words then [a link whose text wraps](#w) and [next](#w).\n"),
        ], diagnostics: [])
        var app = ReaderApp.sized(30, 12, library: wrapped, openArticle: "w")
        app.press("Tab")
        let frame = app.view(width: 30, height: 12)
        #expect(frame.cells(reversedIn: "a link") && frame.cells(reversedIn: "whose"), "\(app.screenText(30, 12))")
        app.press("Tab")
        #expect(app.view(width: 30, height: 12).cells(reversedIn: "next"), "the second Tab skips the wrapped half")
    }

    @Test func onlyWebAddressesAreOfferedAsHyperlinksWhereTheirTextIs() throws {
        let app = ReaderApp.sized(100, 24, library: Self.library, openArticle: "bp")
        let frame = app.view(width: 100, height: 24)
        #expect(frame.hyperlinks.map(\.address.text) == ["https://example.org/heart"])
        let link = try #require(frame.hyperlinks.first)
        let row = frame.lines[link.y]
        let start = row.index(row.startIndex, offsetBy: link.x)
        #expect(row[start...].hasPrefix("heart foundation") && link.width == "heart foundation".count)
        #expect(frame[link.x, link.y].style == Theme(color: true).style(for: .link(Link(destination: "", line: 1))))
    }

    @Test func theChosenLinkStaysChosenAcrossAResize() {
        var app = ReaderApp.sized(100, 24, library: Self.library, openArticle: "bp")
        app.press("Tab, Tab")
        app.keys(.resize(width: 40, height: 24))
        #expect(app.view(width: 40, height: 24).cells(reversedIn: "sleep"), "\(app.screenText(40, 24))")
        app.press("Enter")
        #expect(app.articleID == "sleep")
    }

    @Test func tabInAnArticleWithoutLinksSaysSo() {
        var app = ReaderApp.sized(100, 24, library: Self.library, openArticle: "sleep")
        app.press("Tab")
        #expect(app.bottomLine(100, 24).hasPrefix(" This article has no links"))
    }

    @Test func aBrokenLinkSaysWhatIsMissingAndStays() {
        let broken = Library(directory: "lib", articles: [
            Self.article("b", "---\ntitle: B\n---\n\n# B\n\nSee [ghost](ghost.md) and [nowhere](#nowhere).\n"),
        ], diagnostics: [])
        var app = ReaderApp.sized(80, 24, library: broken, openArticle: "b")
        app.press("Tab, Enter")
        #expect(app.articleID == "b")
        #expect(app.bottomLine(80, 24).contains("an article that is not in the library"))
        app.press("Tab, Enter")  // the chosen link stays chosen: Tab goes on to the next
        #expect(app.bottomLine(80, 24).contains("a section that is not in the article"))
    }

    @Test func goldenChosenLink() {
        var app = ReaderApp.sized(80, 24, library: Self.library, openArticle: "bp")
        app.press("Tab, Tab")
        expectGolden(app.view(width: 80, height: 24), "article-link-chosen-80x24")
    }
}

extension Frame {
    /// True when the cells showing `text` (its first occurrence) are all reversed.
    func cells(reversedIn text: String) -> Bool {
        for (row, line) in lines.enumerated() {
            guard let range = line.range(of: text) else { continue }
            let start = line.distance(from: line.startIndex, to: range.lowerBound)
            return (start..<(start + text.count)).allSatisfy { self[$0, row].style.reverse }
        }
        return false
    }
}
