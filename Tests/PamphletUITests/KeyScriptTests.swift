import Testing
import PamphletCore
@testable import PamphletUI

/// Whole-app scripts: keys in, then what a reader would see and where they are.
@Suite struct KeyScriptTests {
    @Test func contentsJumpThenBackspaceReturnsToWhereTheReaderWas() {
        var app = ReaderApp.sized(80, 24)
        app.press("Enter, ], ]")
        #expect(app.currentScreen == .article)
        #expect(app.sectionAnchor == "what-to-bring")
        let beforeJump = app.topSourceLine

        app.press("t")
        #expect(app.screenText(80, 24).contains("  7     Meeting Your Clinician"))
        app.press("7")
        #expect(app.currentScreen == .article)
        #expect(app.sectionAnchor == "meeting-your-clinician")
        #expect(app.screenText(80, 24).split(separator: "\n")[1].hasPrefix(" Meeting Your Clinician"))

        app.press("Backspace")
        #expect(app.sectionAnchor == "what-to-bring")
        #expect(app.topSourceLine == beforeJump)

        app.press("Backspace")
        #expect(app.currentScreen == .library)

        app.press("Right, Right")
        #expect(app.sectionAnchor == "meeting-your-clinician")
    }

    @Test func questionsAndContentsOpenFromTheLibraryForTheHighlightedArticle() {
        var app = ReaderApp.sized(80, 24)
        #expect(app.currentScreen == .library)
        app.press("f")
        #expect(app.currentScreen == .faq)
        #expect(app.screenText(80, 24).contains("Can I bring someone with me?"))
        app.press("Esc")  // letters would filter the questions
        #expect(app.currentScreen == .article)
        #expect(app.currentArticle?.id == "first-visit")
        app.press("q, t")
        #expect(app.currentScreen == .contents)
        #expect(app.screenText(80, 24).contains("Meeting Your Clinician"))
    }

    @Test func theIssueScriptLandsOnTheThirdEntry() {
        var app = ReaderApp.sized(80, 24)
        app.press("Enter, ], ], t, 3")
        #expect(app.sectionAnchor == "what-to-bring")
        app.press("Backspace")
        #expect(app.currentScreen == .article)
        #expect(app.sectionAnchor == "what-to-bring")
    }

    @Test func sectionKeysStepThroughHeadingsAndStatusNamesTheSection() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press("], ], ], ]")
        #expect(app.sectionAnchor == "on-the-day")
        let status = app.screenText(80, 24).split(separator: "\n").last.map(String.init) ?? ""
        // Short of room for "Preparing for Your First Visit › On the Day" beside the keys: the section alone.
        #expect(status.hasPrefix(" On the Day "))
        #expect(status.hasSuffix("%  t:contents f:questions s:search ?:help "))
        #expect(app.bottomLine(132, 24).hasPrefix(" Preparing for Your First Visit › On the Day "))
        app.press("[")
        #expect(app.sectionAnchor == "at-home-the-night-before")
        app.press("G")
        #expect(app.screenText(80, 24).contains("100%"))
        app.press("g")
        #expect(app.topSourceLine == ReaderApp.sized(80, 24, openArticle: "first-visit").topSourceLine)
    }

    @Test func qClosesOverlaysThenLeavesTheArticleThenQuits() {
        var app = ReaderApp.sized(80, 24)
        app.press("Enter, j, j, t, ?")
        #expect(app.currentScreen == .help)
        #expect(app.press("q").isEmpty)
        #expect(app.currentScreen == .contents)
        #expect(app.press("Esc").isEmpty)
        #expect(app.currentScreen == .article)
        let line = app.topSourceLine ?? -1
        #expect(app.press("q") == [.savePosition(article: "first-visit", sourceLine: line)])
        #expect(app.currentScreen == .library)
        #expect(app.press("q") == [.quit])
    }

    @Test func ctrlCQuitsFromAnyScreenAndSavesThePosition() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press("Space, f")
        let line = app.topSourceLine ?? -1
        #expect(app.press("Ctrl-C") == [.savePosition(article: "first-visit", sourceLine: line), .quit])

        var library = ReaderApp.sized(80, 24)
        #expect(library.press("!, Ctrl-C") == [.quit])
    }

    @Test func savedPositionResumesWithANoteThatTheNextKeyClears() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit", positions: ["first-visit": 38])
        #expect(app.sectionAnchor == "meeting-your-clinician")
        #expect(app.screenText(80, 24).hasSuffix(" Resumed at Meeting Your Clinician — g for top" + String(repeating: " ", count: 34)))
        app.press("j")
        #expect(!app.screenText(80, 24).contains("Resumed"))
        app.press("g")
        #expect(app.sectionAnchor == "preparing-for-your-first-visit")
    }

    @Test func reopeningFromTheLibraryResumesWhereTheReaderLeft() {
        var app = ReaderApp.sized(80, 24)
        app.press("Enter, ], ], ], ], q")
        app.press("Enter")
        #expect(app.sectionAnchor == "on-the-day")
        #expect(app.screenText(80, 24).contains("Resumed at On the Day — g for top"))
    }

    @Test func aRequestedSectionWinsOverTheSavedPosition() {
        let app = ReaderApp.sized(80, 24, openArticle: "first-visit", section: "after-the-visit",
                                  positions: ["first-visit": 38])
        #expect(app.sectionAnchor == "after-the-visit")
        #expect(!app.screenText(80, 24).contains("Resumed"))
    }

    @Test func questionsExpandInPlaceAndJumpIntoTheArticle() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press("f, Down, Enter")
        #expect(app.screenText(80, 24).contains("welcome in the waiting room"))
        app.press("Enter")
        #expect(!app.screenText(80, 24).contains("welcome in the waiting room"))
        app.press("Right")
        #expect(app.currentScreen == .article)
        #expect(app.sectionAnchor == "can-i-bring-someone-with-me")
        app.press("Backspace, f, Down, Down, Right")
        #expect(app.sectionAnchor == "do-i-need-to-stop-my-medicines")
    }

    @Test func oneArticleOpensStraightInAndBackspaceReachesTheLibrary() {
        var app = ReaderApp.sized(80, 24, library: Fixtures.library(only: "unicode-sampler"))
        #expect(app.currentScreen == .article)
        app.press("Backspace")
        #expect(app.currentScreen == .library)
        #expect(app.screenText(80, 24).contains("› Unicode Sampler"))
    }

    @Test func crisisScreenShowsTheLinesThenTheArticleText() {
        var app = ReaderApp.sized(80, 24)
        app.press("!")
        #expect(app.currentScreen == .crisis)
        let text = app.screenText(80, 24)
        #expect(text.contains("988 Suicide & Crisis Lifeline: call or text 988 (24/7)"))
        #expect(text.contains("In an emergency: call 911"))
        #expect(text.contains("This article says: In a crisis, call or text 988."))

        // A library whose articles name no crisis line still gets the default lines.
        var sampler = ReaderApp.sized(80, 24, library: Fixtures.library(only: "unicode-sampler"))
        sampler.press("!")
        let samplerText = sampler.screenText(80, 24)
        #expect(samplerText.contains("call or text 988"))
        #expect(samplerText.contains("call 911"))
        #expect(!samplerText.contains("This article says"))
    }

    @Test func mouseKeyTogglesReporting() {
        var app = ReaderApp.sized(80, 24)
        #expect(app.press("m") == [.setMouse(false)])
        #expect(app.press("m") == [.setMouse(true)])
    }

    @Test func wheelScrollsThreeLines() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        let lines = app.screenText(80, 24).split(separator: "\n", omittingEmptySubsequences: false)
        _ = app.update(.key(.wheelDown))
        let scrolled = app.screenText(80, 24).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(scrolled[1] == lines[4])
    }
}
