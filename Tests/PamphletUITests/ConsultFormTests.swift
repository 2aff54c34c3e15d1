import Testing
import PamphletCore
@testable import PamphletUI

/// The consult form as a patient uses it: keys in, what they see and what the host is asked to do.
@Suite struct ConsultFormTests {
    static let articleTitle = "Preparing for Your First Visit"

    /// A reader on the fixture article with the form just opened by `c`.
    private func formOnArticle(_ options: ReaderOptions = ReaderOptions(), width: Int = 80, height: Int = 24) -> ReaderApp {
        var app = ReaderApp.sized(width, height, options: options, openArticle: "first-visit")
        app.press("c")
        return app
    }

    /// Fills every field validly: name, phone as the method, a message over two lines, consent.
    private func fillIn(_ app: inout ReaderApp) {
        app.type("Zoë 山田")
        app.keys(.tab, .left, .left, .tab)  // either → email → phone
        app.type("555 123 4567")
        app.keys(.tab, .tab)
        app.type("mornings")
        app.keys(.tab, .tab)
        app.type("First line")
        app.keys(.enter)
        app.type("second line")
        app.keys(.tab, .character(" "))
    }

    private var filledForm: ConsultForm {
        ConsultForm(name: "Zoë 山田", contactMethod: .phone, phone: "555 123 4567", bestTime: "mornings",
                    topic: Self.articleTitle, message: "First line\nsecond line", consent: true, article: "first-visit")
    }

    private func status(_ app: ReaderApp, _ width: Int = 80, _ height: Int = 24) -> String {
        app.screenText(width, height).split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func cOpensTheFormWithTheArticleAsTopicAndTheCrisisText() {
        let app = formOnArticle()
        #expect(app.currentScreen == .consultForm)
        #expect(app.consultFormScreen?.form == ConsultForm(topic: Self.articleTitle, article: "first-visit"))
        let text = app.screenText(80, 24)
        #expect(text.contains("Request a consultation"))
        #expect(text.contains("This is not for emergencies."))
        #expect(text.contains("In a crisis, call or text 988."))
        #expect(text.contains("› Full name (required)"))
        #expect(text.contains("First and last name"), "placeholder")
        #expect(status(app).hasPrefix(" Your first and last name"), "the field's hint")
    }

    @Test func resizingWhileTypingKeepsEveryAnswerAndTheFocus() {
        var app = formOnArticle(width: 80, height: 24)
        app.type("Zoë")
        for (width, height) in [(40, 12), (20, 6), (1, 1), (132, 40), (80, 24)] {
            _ = app.update(.resize(Size(width: width, height: height)))
            _ = app.view(width: width, height: height)
        }
        app.type(" 山田")
        #expect(app.currentScreen == .consultForm)
        #expect(app.consultFormScreen?.form.name == "Zoë 山田")
        #expect(app.screenText(80, 24).contains("Zoë 山田"))
        #expect(status(app).hasPrefix(" Your first and last name"), "the name field still has the focus")
    }

    @Test func cOpensTheFormFromTheLibraryAndOverlaysToo() {
        var app = ReaderApp.sized(80, 24)
        app.press("c")
        #expect(app.currentScreen == .consultForm)
        #expect(app.consultFormScreen?.form.topic == "")
        #expect(app.consultFormScreen?.form.article == nil)
        app.keys(.escape)
        app.press("Enter, t, c")
        #expect(app.currentScreen == .consultForm)
        app.keys(.escape)
        #expect(app.currentScreen == .contents, "leaving an untouched form returns to where it was opened")
    }

    @Test func tabOrderAndBackAgain() {
        var app = formOnArticle()
        var seen: [FormFocus] = []
        for _ in 0..<9 {
            seen.append(app.consultFormScreen!.focus)
            app.keys(.tab)
        }
        #expect(seen == FormFocus.order)
        #expect(app.consultFormScreen?.focus == .submit, "Tab stops at Submit")
        app.keys(.backTab, .up)
        #expect(app.consultFormScreen?.focus == .field(.message))
        app.keys(.down)
        #expect(app.consultFormScreen?.focus == .field(.consent), "↓ in an empty message moves on")
    }

    @Test func typingNeverTriggersReaderCommands() {
        var app = formOnArticle()
        app.type("q?!tfmc jk[]gG")
        #expect(app.currentScreen == .consultForm)
        #expect(app.consultFormScreen?.form.name == "q?!tfmc jk[]gG")
        #expect(app.mouseEnabled)
        app.keys(.backspace, .left, .right)
        #expect(app.currentScreen == .consultForm, "Backspace and ← edit; they do not go back")
        let effects = app.keys(.control("c"))
        let draft = ConsultForm(name: "q?!tfmc jk[]g", topic: Self.articleTitle, article: "first-visit")
        #expect(effects.first == .saveConsultDraft(draft), "Ctrl-C keeps what was typed")
        #expect(effects.last == .quit, "and still quits")
    }

    @Test func aProblemShowsAfterLeavingTheField() {
        var app = formOnArticle()
        #expect(!app.screenText(80, 24).contains("Please enter your name."), "not before the patient had a chance")
        app.keys(.tab)
        #expect(app.screenText(80, 24).contains("  ! Please enter your name."))
        app.keys(.tab)
        app.type("12")
        app.keys(.tab)
        #expect(app.screenText(80, 24).contains("! A phone number has 7 to 15 digits."))
        app.keys(.backTab)
        app.keys(.control("u"))
        app.type("+1 (555) 123-4567")
        #expect(!app.screenText(80, 24).contains("7 to 15 digits"), "fixed as soon as it is right")
    }

    @Test func submitWithProblemsShowsEveryOneAndFocusesTheFirst() {
        var app = formOnArticle()
        app.keys(.tab, .tab, .tab)
        app.type("not an address")
        let effects = app.keys(.control("s"))
        #expect(app.currentScreen == .consultForm)
        #expect(app.consultFormScreen?.focus == .field(.name))
        #expect(status(app).hasPrefix(" Please fix the 3 answers marked below."))
        let text = app.screenText(80, 40)
        #expect(text.contains("! Please enter your name."))
        #expect(text.contains("! Enter an email address like name@example.org."))
        #expect(text.contains("! Please agree that the clinic may contact you about this request."))
        #expect(effects.allSatisfy { if case .submitConsult = $0 { false } else { true } })
    }

    @Test func reviewListsTheAnswersAndConfirmSavesExactlyThem() {
        var app = formOnArticle()
        fillIn(&app)
        app.keys(.tab, .enter)  // Enter on Submit
        #expect(app.currentScreen == .consultReview)
        let review = app.screenText(80, 24)
        for expected in ["Check your request", "Full name: Zoë 山田", "How to contact you: Phone",
                         "Phone: 555 123 4567", "Email: (none)", "Best time to contact: mornings",
                         "Topic: \(Self.articleTitle)", "  First line", "  second line", "Consent: Yes"] {
            #expect(review.contains(expected), "review lacks \(expected)")
        }
        #expect(app.keys(.character("y")) == [.submitConsult(filledForm)])
        #expect(app.screenText(80, 24).contains("Saving your request…"))
        #expect(!app.screenText(80, 24).contains("Zoë"), "the saving screen shows no answer")
    }

    @Test func eFromTheReviewGoesBackToChangeAnAnswer() {
        var app = formOnArticle()
        fillIn(&app)
        app.keys(.control("s"), .character("e"))
        #expect(app.currentScreen == .consultForm)
        #expect(app.consultFormScreen?.form == filledForm)
    }

    @Test func aFailedSaveKeepsEveryAnswerAndSaysWhyInPlainWords() {
        var app = formOnArticle()
        fillIn(&app)
        app.keys(.control("s"), .enter)
        _ = app.update(.consultFailed(reason: "Could not write /srv/requests.json: No space left on device."))
        #expect(app.currentScreen == .consultForm)
        #expect(app.consultFormScreen?.form == filledForm)
        let text = app.screenText(80, 24)
        #expect(text.contains("Your request was not saved. Could not write /srv/requests.json: No space"))
        #expect(status(app).hasPrefix(" Not saved. Your answers are kept."))
        app.keys(.control("s"))
        #expect(app.keys(.enter) == [.submitConsult(filledForm)], "the patient can retry")
    }

    @Test func afterSavingTheReferenceShowsAndTheAnswersAreGone() {
        var app = formOnArticle()
        fillIn(&app)
        app.keys(.control("s"), .enter)
        #expect(app.update(.consultSaved(reference: "1a2b3c4d")) == [.removeConsultDraft])
        #expect(app.currentScreen == .consultSaved)
        #expect(!app.hasConsultForm)
        let text = app.screenText(80, 24)
        #expect(text.contains("Request saved. Reference: 1a2b3c4d"))
        #expect(text.contains("yourself. Keep the reference to ask about this request."))
        #expect(!text.contains("Zoë"))
        app.keys(.character("x"))
        #expect(app.currentScreen == .article)
    }

    @Test func theConfirmationSaysTheRequestWasSentAndGivesTheClinicsNumber() {
        var app = formOnArticle()
        fillIn(&app)
        app.keys(.control("s"), .enter)
        let clinic = ClinicContact(name: "Riverside Clinic", phone: "+1 555 0100")
        _ = app.update(.consultSaved(reference: "1a2b3c4d", delivery: ConsultDeliveryOutcome(state: .sent, clinic: clinic)))
        let text = app.screenText(80, 24).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        #expect(text.contains("What happens next: your request was sent to Riverside Clinic, and staff there will contact you by phone. "
            + "If you do not hear from them, call Riverside Clinic on +1 555 0100."))
        #expect(!text.contains("saved on this computer"))
    }

    @Test func aRequestsFileMovedAsideIsToldOnTheConfirmation() {
        var app = formOnArticle(width: 132, height: 40)
        fillIn(&app)
        app.keys(.control("s"), .enter)
        let notice = "requests.json could not be read (not JSON), so it was moved to "
            + "requests.json.corrupt-20261125T101500Z and a new requests file was started. Nothing in it was deleted."
        _ = app.update(.consultSaved(reference: "1a2b3c4d", notice: notice))
        let text = app.screenText(132, 40)
        #expect(text.contains("Request saved. Reference: 1a2b3c4d"))
        #expect(text.contains("For the clinic's staff: requests.json could not be read (not JSON)"))
        #expect(text.contains("moved to requests.json.corrupt-20261125T101500Z"))
    }

    @Test func escWithChangesAsksBeforeDiscarding() {
        var app = formOnArticle()
        app.type("Zoë")
        app.keys(.escape)
        #expect(app.currentScreen == .consultQuestion)
        #expect(status(app).hasPrefix(" Discard your request? y/n"))
        app.keys(.character("n"))
        #expect(app.currentScreen == .consultForm)
        #expect(app.consultFormScreen?.form.name == "Zoë")
        app.keys(.escape)
        #expect(app.keys(.character("y")) == [.removeConsultDraft])
        #expect(app.currentScreen == .article)
        #expect(!app.hasConsultForm)
    }

    @Test func escOnAnUntouchedFormJustCloses() {
        var app = formOnArticle()
        #expect(app.keys(.escape).isEmpty)
        #expect(app.currentScreen == .article)
    }

    @Test func contactChoiceAndConsentBox() {
        var app = formOnArticle()
        app.keys(.tab)
        #expect(app.screenText(80, 24).contains("‹ Phone or email ›"))
        app.keys(.right)
        #expect(app.consultFormScreen?.form.contactMethod == .phone)
        #expect(app.screenText(80, 24).contains("Phone (required)"))
        app.keys(.character(" "), .character(" "))
        #expect(app.consultFormScreen?.form.contactMethod == .either)
        app.keys(.backTab)
        for _ in 0..<7 { app.keys(.tab) }
        #expect(app.screenText(80, 24).contains("[ ] I agree that the clinic may contact me"))
        app.keys(.character(" "))
        #expect(app.consultFormScreen?.form.consent == true)
        #expect(app.screenText(80, 24).contains("[x] I agree that the clinic may contact me"))
    }

    @Test func zoeYamadaEditsAsTheReaderSeesIt() {
        var app = formOnArticle()
        app.type("Zoe\u{308} 山田")
        #expect(app.consultFormScreen?.form.name == "Zoë 山田")
        app.keys(.left, .backspace)
        #expect(app.consultFormScreen?.form.name == "Zoë 田", "山 goes as one character")
        app.keys(.home, .right, .right, .delete)
        #expect(app.consultFormScreen?.form.name == "Zo 田", "ë goes as one character")
        app.type("ë")
        app.keys(.right)
        app.type("山")
        #expect(app.consultFormScreen?.form.name == "Zoë 山田")
        let frame = app.view(width: 80, height: 24)
        let row = frame.lines.firstIndex { $0.contains("Zoë 山田") }
        #expect(row != nil)
        #expect(frame.cursor?.y == row)
        #expect(frame.cursor?.x == 1 + 2 + 6, "the cursor sits after 山 (two cells wide)")
    }

    @Test func theMessageTakesLinesAndCountsCharacters() {
        var app = formOnArticle()
        for _ in 0..<6 { app.keys(.tab) }
        app.type("one")
        app.keys(.enter)
        app.type("two")
        #expect(app.screenText(80, 24).contains("7/2,000"))
        app.keys(.up)
        #expect(app.consultFormScreen?.focus == .field(.message), "↑ moves up a line inside the message")
        app.type("!")
        #expect(app.consultFormScreen?.form.message == "one!\ntwo")
        app.keys(.up)
        #expect(app.consultFormScreen?.focus == .field(.topic), "↑ on the first line leaves the message")
    }

    @Test func theMessageStopsAtTwoThousandCharacters() {
        var area = TextArea(maxLength: ConsultField.message.maximumLength)
        area.insert(String(repeating: "a", count: 1_999) + "\r\nbc\u{1B}[2J")
        #expect(area.count == 2_000)
        #expect(area.text.hasSuffix("a\n"), "CRLF became one line break; nothing past the cap")
        var small = TextArea()
        small.insert("x\u{1B}[31my\u{202E}z\tw")
        #expect(small.text == "x[31myz w", "escape and bidi override dropped, tab a space")
    }

    @Test func messageRowsWrapAtWordsAndMoveByDisplayColumn() {
        let rows = TextArea.rows(of: Array("the quick brown fox"), width: 11)
        #expect(rows.map { String(Array("the quick brown fox")[$0]) } == ["the quick ", "brown fox"])
        var area = TextArea("山田山田\nabcdef")
        _ = area.handle(.home, width: 20)
        _ = area.handle(.right, width: 20)
        _ = area.handle(.right, width: 20)
        _ = area.handle(.right, width: 20)
        _ = area.handle(.up, width: 20)
        #expect(area.cursor == 1, "column 3 lands before the wide character it would split")
    }
}
