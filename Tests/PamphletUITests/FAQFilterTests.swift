import Testing
import PamphletCore
@testable import PamphletUI

/// The FAQ keyword jump: typing on the questions screen filters and ranks them.
@Suite struct FAQFilterTests {
    private func questions(_ script: String = "f") -> ReaderApp {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press(script)
        return app
    }

    private func selectedQuestion(_ app: ReaderApp) -> String? {
        app.screenText(80, 24).split(separator: "\n").first { $0.contains("› ▸") || $0.contains("› ▾") }
            .map { String($0).trimmingCharacters(in: .whitespaces) }
    }

    @Test func typingRanksTheQuestionsAndEnterReadsTheAnswer() {
        var app = questions()
        app.type("how long")
        #expect(app.currentScreen == .faqFilter)
        #expect(selectedQuestion(app) == "› ▸ How long does the first visit take?")
        #expect(app.screenText(80, 24).contains("Filter: how long"))
        app.press("Enter")
        #expect(app.currentScreen == .article)
        #expect(app.sectionAnchor == "how-long-does-the-first-visit-take")
    }

    @Test func typosAreForgiven() {
        var app = questions()
        app.type("medecines")
        // Found first, and marked as a weak match: "medecines" matches only through a typo.
    #expect(selectedQuestion(app)?.hasPrefix("› ▸ Do I need to stop my medicines?") == true)
    }

    @Test func onceFilteringCommandLettersTypeAndEscClearsThenCloses() {
        var app = questions("f, /")
        #expect(app.currentScreen == .faqFilter)
        app.type("bring jq")
        #expect(app.currentScreen == .faqFilter)
        #expect(app.screenText(80, 24).contains("Filter: bring jq"))
        app.press("Esc")
        #expect(app.currentScreen == .faq)
        #expect(!app.screenText(80, 24).contains("Filter:"))
        app.press("Esc")
        #expect(app.currentScreen == .article)
    }

    @Test func arrowsMoveAndAnyLetterStartsTheFilter() {
        var app = questions("f, Down")
        #expect(app.currentScreen == .faq)
        #expect(selectedQuestion(app) == "› ▸ Can I bring someone with me?")
        app.type("bring")
        #expect(app.currentScreen == .faqFilter)
        #expect(app.screenText(80, 24).contains("Filter: bring"))
        #expect(selectedQuestion(app) == "› ▸ Can I bring someone with me?")
    }

    @Test func wordsThatMatchNothingSaySo() {
        var app = questions()
        app.type("xylophone")
        #expect(app.screenText(80, 24).contains("No question matches these words."))
        #expect(app.screenText(80, 24).contains("0 of 3"))
    }

    @Test func theFilterIsRestrictedToTheArticleBeingRead() {
        var app = questions()
        app.type("name")
        // "Can I write my name as Zoë 山田?" belongs to another article.
        #expect(!app.screenText(80, 24).contains("Zoë"))
    }
}
