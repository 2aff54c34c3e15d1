import Testing
import PamphletCore
@testable import PamphletUI

/// What a first-time reader is told: the keys worth knowing on each screen, what
/// happened to a key that does nothing, and where to go when find finds nothing.
@Suite struct ReaderHintsTests {
    @Test(arguments: [(132, "t:contents f:questions s:search c:consult /:find ?:help q:back"),
                      (80, "t:contents f:questions s:search ?:help"),
                      (40, "?:help")])
    func theArticleStatusLineOffersTheMostUsefulKeysThatFit(width: Int, hints: String) {
        let app = ReaderApp.sized(width, 24, openArticle: "first-visit")
        let status = app.bottomLine(width, 24)
        #expect(status.hasSuffix(hints + " "), "\(status)")
        #expect(status.hasPrefix(" Preparing"))
    }

    @Test func theLibraryStatusLineOffersTheWaysIn() {
        let app = ReaderApp.sized(100, 24)
        #expect(app.bottomLine(100, 24).hasSuffix("Enter:open s:search f:questions c:consult t:contents ?:help !:crisis L:Español q:quit "))
        // At 80 columns the contents key gives way (help lists it), never the consult one.
        #expect(ReaderApp.sized(80, 24).bottomLine(80, 24).hasSuffix("Enter:open s:search f:questions c:consult ?:help !:crisis L:Español "))
    }

    @Test func aDigitOnTheContentsOpensThatEntry() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press("t, 3")
        #expect(app.currentScreen == .article)
        #expect(app.sectionAnchor == "what-to-bring")
        app.press("Backspace")
        #expect(app.sectionAnchor == nil || app.sectionAnchor != "what-to-bring")
    }

    @Test func aKeyThatDoesNothingSaysSoUntilTheNextKey() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press("x")
        #expect(app.bottomLine(80, 24) == " x does nothing here · ? shows the keys" + String(repeating: " ", count: 41))
        app.press("j")
        #expect(!app.bottomLine(80, 24).contains("does nothing"))
        app.press("h")
        #expect(app.bottomLine(80, 24).hasPrefix(" h does nothing here"))
        app.press("?")
        #expect(app.currentScreen == .help)
        #expect(!app.screenText(80, 24).contains("does nothing"))
    }

    @Test func aFindWithNoMatchOffersSearchWithTheSameWords() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press("/")
        app.type("side efects")
        #expect(app.bottomLine(80, 24).hasSuffix("not found "))
        app.press("Enter")
        #expect(app.bottomLine(80, 24).hasPrefix(" No match for “side efects” in this article"))
        #expect(app.bottomLine(80, 24).hasSuffix("s:search all articles Esc:clear "))
        app.press("s")
        #expect(app.currentScreen == .search)
        #expect(app.screenText(80, 24).contains("side efects"))
    }

    @Test func aFindThatMatchesKeepsSToItsPlainMeaning() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press("/")
        app.type("bring")
        app.press("Enter, s")
        #expect(app.currentScreen == .search)
        #expect(!app.screenText(80, 24).contains("bring"))
    }

    /// A patient on a kiosk is shown no key that would close the reader, for none does.
    @Test func kioskHelpAndHintsShowOnlyKeysThatWork() {
        var app = ReaderApp.sized(80, 24, options: ReaderOptions(kiosk: true))
        #expect(!app.bottomLine(80, 24).contains("q:"))
        app.press("q")
        #expect(app.bottomLine(80, 24).hasPrefix(" q does nothing here · ? shows the keys"))
        app.press("?")
        var help = ""
        for _ in 0..<8 { help += app.screenText(80, 24); app.press("Space") }
        #expect(!help.contains("Ctrl-C"))
        #expect(!help.contains("Close Pamphlet"))
        #expect(help.contains("Back one level"))
        #expect(!help.contains("kiosk"))
    }

    @Test func homeHelpSpeaksToThePatient() {
        var app = ReaderApp.sized(80, 24)
        app.press("?")
        let help = app.screenText(80, 24)
        #expect(help.contains("Ctrl-C") && help.contains("Close Pamphlet"))
        #expect(!help.contains("kiosk"))
    }
}
