import Testing
import PamphletCore
@testable import PamphletUI

/// Pasting into the form, and coming back to a draft, as a patient does.
@Suite struct ConsultPasteTests {
    private func formOnArticle() -> ReaderApp {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press("c")
        return app
    }

    /// The paste: three lines that once set the name, flipped the contact choice
    /// and put the email into Phone. All of it goes into the field it lands in.
    @Test func aMultiLinePasteGoesIntoTheFieldItLandsIn() {
        var app = formOnArticle()
        app.keys(.paste("John Smith\n555 010 0100\njohn@example.org"))
        let form = app.consultFormScreen?.form
        #expect(form?.name == "John Smith 555 010 0100 john@example.org")
        #expect(form?.contactMethod == .either)
        #expect(form?.phone == "")
        #expect(form?.email == "")
        #expect(app.consultFormScreen?.focus == .field(.name))
    }

    @Test func aMultiLinePasteKeepsItsLinesInTheMessage() {
        var app = formOnArticle()
        app.keys(.tab, .tab, .tab, .tab, .tab, .tab)
        #expect(app.consultFormScreen?.focus == .field(.message))
        app.keys(.paste("First line\r\nsecond line\n"))
        #expect(app.consultFormScreen?.form.message == "First line\nsecond line\n")
    }

    @Test func anOverLongPasteKeepsTheFirstPartAndSaysHowMuchWasLeftOut() {
        var app = formOnArticle()
        app.keys(.tab, .tab, .tab, .tab, .tab, .tab)
        app.keys(.paste(String(repeating: "a", count: 2_720)))
        #expect(app.consultFormScreen?.form.message.count == 2_000)
        let status = app.bottomLine(132, 24)
        #expect(status.contains("720 characters did not fit and were left out; the first 2,000 are in (Message holds 2,000)."),
                "\(status)")
        // On a common 80-column terminal the note keeps what was left out, its point.
        #expect(app.bottomLine(80, 24).contains("720 characters did not fit and were left out"), "\(app.bottomLine(80, 24))")
        app.type("b")
        #expect(!app.bottomLine(132, 24).contains("left out"))
    }

    /// "y opens it where you left off": on the first answer still missing, not on the name.
    @Test func aRestoredDraftOpensWhereThePatientLeftOff() {
        var app = ReaderApp.sized(80, 24)
        _ = app.update(.draftOffered(ConsultForm(name: "Ana", contactMethod: .email, topic: "Sleep", article: "first-visit")))
        app.type("y")
        #expect(app.consultFormScreen?.focus == .field(.email))
        var complete = ReaderApp.sized(80, 24)
        _ = complete.update(.draftOffered(ConsultForm(name: "Ana", contactMethod: .email, email: "ana@example.org",
                                                      topic: "Sleep", consent: true, article: "first-visit")))
        complete.type("y")
        #expect(complete.consultFormScreen?.focus == .submit)
    }

    /// A paste elsewhere goes into the box there: the find prompt takes it as words.
    @Test func aPasteIntoFindIsItsWords() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press("/")
        app.keys(.paste("what to\nbring"))
        #expect(app.bottomLine(80, 24).hasPrefix("/what to bring"))
    }
}
