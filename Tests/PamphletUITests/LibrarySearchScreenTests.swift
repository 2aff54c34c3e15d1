import Testing
@testable import PamphletCore
@testable import PamphletUI

/// `s`: the library search screen, its results, and the way back from a result.
@Suite struct LibrarySearchScreenTests {
    private func shippedReader(openArticle: String? = nil) -> ReaderApp {
        ReaderApp(library: Fixtures.shippedLibrary, options: ReaderOptions(), openArticle: openArticle,
                  size: Size(width: 80, height: 24), search: Fixtures.shippedSearch)
    }

    @Test func theIssueScriptJumpsToTheSectionAndBackspaceReturnsToTheResults() {
        var app = shippedReader()
        app.press("Backspace")
        #expect(app.currentScreen == .library)
        app.press("s")
        #expect(app.currentScreen == .search)
        app.type("side efects")
        let results = app.screenText(80, 24)
        #expect(results.contains("› side efects"))
        #expect(results.contains("› § Possible Side Effects and Risks"))

        app.press("Enter")
        #expect(app.currentScreen == .article)
        #expect(app.articleID == "what-does-ketamine-therapy-feel-like")
        #expect(app.sectionAnchor == "possible-side-effects-and-risks")
        #expect(app.bottomLine(80, 24).contains("Backspace for the results"))

        app.press("Backspace")
        #expect(app.currentScreen == .search)
        #expect(app.screenText(80, 24) == results)
    }

    @Test func lettersGoIntoTheBoxAndTheSelectionSurvivesTheWayBack() {
        var app = shippedReader(openArticle: "what-does-ketamine-therapy-feel-like")
        app.press("s")
        app.type("how long session")
        #expect(app.currentScreen == .search)
        let screen = app.screenText(80, 24)
        #expect(screen.contains("› how long session"))
        #expect(screen.contains("› Q How Long Does a Session Last?"))
        app.press("Down")
        let selected = app.screenText(80, 24)
        app.press("Enter, Backspace")
        #expect(app.screenText(80, 24) == selected)
        app.press("Esc")
        #expect(app.currentScreen == .article)
    }

    @Test func faqAnswersComeFirstWithinEachArticle() {
        let ranked = [
            result("a", kind: .section, "A section"), result("b", kind: .section, "B section"),
            result("a", kind: .faq, "A question"), result("b", kind: .faq, "B question"),
        ]
        #expect(ranked.groupedByArticle().map(\.title) == ["A question", "A section", "B question", "B section"])
    }

    @Test func anEmptyBoxSaysWhatToDoAndNoResultSaysSo() {
        var app = shippedReader()
        app.press("s")
        #expect(app.screenText(80, 24).contains("Type a few words to search 1 article."))
        app.type("zzzzqqq")
        #expect(app.screenText(80, 24).contains("Nothing matches these words."))
    }

    @Test func withoutAnIndexTheSearchScreenSaysWhyAndTheReaderStillWorks() {
        var app = ReaderApp(library: Fixtures.shippedLibrary, options: ReaderOptions(), size: Size(width: 80, height: 24),
                            search: .unavailable(reason: "the cache folder cannot be created"))
        app.press("s")
        app.type("side")
        #expect(app.screenText(80, 24).contains("Search is not available: the cache folder cannot be created"))
        app.press("Esc, ]")
        #expect(app.currentScreen == .article)
        #expect(app.sectionAnchor == "understanding-ketamine-therapy")
    }

    @Test func matchedWordsInTheSnippetAreHighlighted() {
        var app = shippedReader()
        app.press("s")
        app.type("glutamate")
        let frame = app.view(width: 80, height: 24)
        let theme = Theme(color: true)
        let highlighted = frame.cells.filter { $0.style == theme.style(for: .match) }.map(\.grapheme).joined()
        #expect(highlighted.lowercased().contains("glutamate"))
    }

    private func result(_ article: String, kind: SearchDocumentKind, _ title: String) -> SearchResult {
        SearchResult(article: article, articleTitle: article, anchor: title, kind: kind, title: title, score: 1,
                     snippet: Snippet(text: ""), text: "")
    }
}
