import Testing
import PamphletCore
@testable import PamphletUI

/// Drafts while the form is open, the offer at start, and kiosk mode's wipe.
@Suite struct ConsultDraftAndKioskTests {
    private let kiosk = ReaderOptions(kiosk: true, idleTimeout: 120)

    private func drafts(in effects: [Effect]) -> [ConsultForm] {
        effects.compactMap { if case .saveConsultDraft(let form) = $0 { form } else { nil } }
    }

    @Test func aDraftIsKeptWhenLeavingAChangedFieldAndOnTicks() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press("c")
        #expect(drafts(in: app.keys(.tab, .tab)).isEmpty, "nothing typed, nothing kept")
        app.keys(.backTab, .backTab)
        app.type("Ana")
        #expect(drafts(in: app.keys(.tab)).map(\.name) == ["Ana"])
        #expect(drafts(in: app.keys(.tab)).isEmpty, "unchanged since the last draft")
        app.type("555 123 4567")
        #expect(app.update(.tick(now: 100)).isEmpty, "the first tick starts the clock")
        #expect(app.update(.tick(now: 103)).isEmpty)
        #expect(drafts(in: app.update(.tick(now: 105))).map(\.phone) == ["555 123 4567"])
        #expect(app.update(.tick(now: 111)).isEmpty, "nothing new")
    }

    @Test func anUnfinishedRequestIsOfferedBack() {
        let draft = ConsultForm(name: "Ana", contactMethod: .email, email: "ana@example.org",
                                topic: "Sleep", article: "first-visit")
        var app = ReaderApp.sized(80, 24)
        _ = app.update(.draftOffered(draft))
        #expect(app.currentScreen == .consultQuestion)
        #expect(app.screenText(80, 24).contains("You have an unfinished request. Continue it? y/n"))
        app.type("y")
        #expect(app.currentScreen == .consultForm)
        #expect(app.consultFormScreen?.form == draft)
        app.keys(.escape)
        #expect(app.currentScreen == .consultQuestion, "a continued draft counts as changes")

        var declined = ReaderApp.sized(80, 24)
        _ = declined.update(.draftOffered(draft))
        #expect(declined.keys(.character("n")) == [.removeConsultDraft])
        #expect(declined.currentScreen == .library)

        var later = ReaderApp.sized(80, 24)
        _ = later.update(.draftOffered(draft))
        #expect(later.keys(.escape).isEmpty, "Esc decides later and keeps the draft")
        #expect(later.currentScreen == .library)
    }

    @Test func aKioskNeverQuitsToTheShellButAHangUpEndsIt() {
        var app = ReaderApp.sized(80, 24, options: kiosk, openArticle: "first-visit")
        #expect(app.press("q, q, q, Ctrl-C").isEmpty)
        #expect(app.currentScreen == .library)
        #expect(app.update(.key(.hangUp)) == [.quit])
    }

    @Test func kioskKeepsNoDraftAndOffersNone() {
        var app = ReaderApp.sized(80, 24, options: kiosk, openArticle: "first-visit")
        _ = app.update(.draftOffered(ConsultForm(name: "Someone Else")))
        #expect(app.currentScreen == .article)
        app.press("c")
        var effects: [Effect] = []
        app.type("Ana")
        effects += app.keys(.tab, .tab, .tab)
        effects += app.update(.tick(now: 0)) + app.update(.tick(now: 60))
        app.type("ana@example.org")
        effects += app.keys(.escape, .character("y"))
        #expect(effects.isEmpty, "no draft is written or removed in kiosk mode")
    }

    @Test func afterASubmitInKioskModeNothingOfThePatientRemains() {
        var app = ReaderApp.sized(80, 24, options: kiosk, openArticle: "first-visit")
        app.press("c")
        app.type("Ada Quillfeather")
        app.keys(.tab, .tab, .tab)
        app.type("ada.q@example.org")
        for _ in 0..<4 { app.keys(.tab) }
        app.keys(.character(" "), .control("s"))
        #expect(app.screenText(80, 24).contains("Ada Quillfeather"), "the review shows the answers")
        var frames: [String] = []
        let sizes = [(40, 12), (80, 24), (132, 40)]
        #expect(app.keys(.enter).count == 1)
        frames += sizes.map { app.screenText($0.0, $0.1) }
        #expect(app.update(.consultSaved(reference: "1a2b3c4d")).isEmpty, "no draft to remove in a kiosk")
        #expect(!app.hasConsultForm, "the answers are gone from the app's state")
        frames += sizes.map { app.screenText($0.0, $0.1) }
        #expect(app.screenText(80, 24).contains("Reference: 1a2b3c4d"))
        #expect(app.keys(.character("x")) == [.clearScrollback])
        #expect(app.currentScreen == .library)
        frames += sizes.map { app.screenText($0.0, $0.1) }
        app.press("Backspace")
        #expect(app.currentScreen == .library, "no history leads back to the form")
        for frame in frames {
            #expect(!frame.contains("Quillfeather"))
            #expect(!frame.contains("ada.q@"))
        }
    }

    @Test func aKioskConfirmationClearsItself() {
        var app = ReaderApp.sized(80, 24, options: kiosk)
        app.press("c")
        app.type("Ana")
        app.keys(.tab, .tab, .tab)
        app.type("ana@example.org")
        for _ in 0..<4 { app.keys(.tab) }
        app.keys(.character(" "), .control("s"), .enter)
        _ = app.update(.consultSaved(reference: "1a2b3c4d"))
        #expect(app.update(.tick(now: 0)).isEmpty)
        #expect(app.update(.tick(now: 29)).isEmpty)
        #expect(app.update(.tick(now: 30)) == [.clearScrollback])
        #expect(app.currentScreen == .library)
    }

    @Test func aConfigurableConfirmationTimeClearsTheReference() {
        var options = kiosk
        options.confirmationSeconds = 8
        var app = ReaderApp.sized(80, 24, options: options)
        app.press("c")
        app.type("Ana")
        app.keys(.tab, .tab, .tab)
        app.type("ana@example.org")
        for _ in 0..<4 { app.keys(.tab) }
        app.keys(.character(" "), .control("s"), .enter)
        _ = app.update(.consultSaved(reference: "1a2b3c4d"))
        #expect(app.screenText(80, 24).contains("this screen clears itself in 8 seconds"))
        #expect(app.update(.tick(now: 0)).isEmpty)
        #expect(app.update(.tick(now: 7)).isEmpty)
        #expect(app.update(.tick(now: 8)) == [.clearScrollback])
        #expect(!app.screenText(80, 24).contains("1a2b3c4d"))
    }

    /// A half-filled form is not thrown away without a word: "Still there?" for 30 s first.
    @Test func theIdleTimeoutWarnsThenDiscardsAHalfFilledForm() {
        var app = ReaderApp.sized(80, 24, options: kiosk, openArticle: "first-visit")
        #expect(app.update(.tick(now: 0)).isEmpty)
        app.press("c")
        app.type("Ana")
        #expect(app.update(.tick(now: 60)).isEmpty)
        #expect(app.update(.tick(now: 180)).isEmpty, "the warning first")
        #expect(app.screenText(80, 24).contains("Still there? Press any key."))
        #expect(app.screenText(80, 24).contains("Otherwise your answers are cleared in 30 seconds."))
        #expect(app.update(.tick(now: 209)).isEmpty)
        #expect(app.update(.tick(now: 210)) == [.clearScrollback])
        #expect(app.currentScreen == .library)
        #expect(!app.hasConsultForm)
        #expect(!app.screenText(80, 24).contains("Ana"))
    }

    @Test func aKeyDuringTheWarningKeepsTheAnswers() {
        var app = ReaderApp.sized(80, 24, options: kiosk, openArticle: "first-visit")
        #expect(app.update(.tick(now: 0)).isEmpty)
        app.press("c")
        app.type("Ana")
        _ = app.update(.tick(now: 60))
        _ = app.update(.tick(now: 180))
        app.type("x")  // "any key": it answers the question and types nothing
        #expect(!app.screenText(80, 24).contains("Still there?"))
        #expect(app.consultFormScreen?.form.name == "Ana")
        #expect(app.update(.tick(now: 215)).isEmpty)
        #expect(app.consultFormScreen?.form.name == "Ana")
    }

    /// An untouched form or a page being read goes back to the library without a warning.
    @Test func nothingTypedMeansNoWarning() {
        var app = ReaderApp.sized(80, 24, options: kiosk, openArticle: "first-visit")
        #expect(app.update(.tick(now: 0)).isEmpty)
        app.press("c")
        _ = app.update(.tick(now: 60))
        #expect(app.update(.tick(now: 180)) == [.clearScrollback])
    }
}
