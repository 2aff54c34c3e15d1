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
