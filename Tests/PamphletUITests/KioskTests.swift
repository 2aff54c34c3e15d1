import Testing
@testable import PamphletUI

@Suite struct KioskTests {
    let kiosk = ReaderOptions(kiosk: true, idleTimeout: 120)

    @Test func kioskNeverSavesPositions() {
        var app = ReaderApp.sized(80, 24, options: kiosk, positions: ["first-visit": 38])
        app.press("Enter")
        #expect(app.topSourceLine == ReaderApp.sized(80, 24, openArticle: "first-visit").topSourceLine)
        #expect(app.press("Space, q, Enter, Ctrl-C").isEmpty, "no position saved, and a kiosk does not quit")
        #expect(app.update(.key(.hangUp)) == [.quit], "ending it saves no position either")
    }

    @Test func idleKioskReturnsToTheLibraryAndClearsScrollback() {
        var app = ReaderApp.sized(80, 24, options: kiosk)
        #expect(app.update(.tick(now: 0)).isEmpty)
        app.press("Enter, Space, t")
        #expect(app.update(.tick(now: 10)).isEmpty)
        #expect(app.update(.tick(now: 129)).isEmpty)
        #expect(app.update(.tick(now: 130)) == [.clearScrollback])
        #expect(app.currentScreen == .library)
        app.press("Backspace")
        #expect(app.currentScreen == .library, "history was forgotten")
        #expect(app.update(.tick(now: 400)).isEmpty, "already at rest")
    }

    @Test func ticksDoNothingOutsideKiosk() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        #expect(app.update(.tick(now: 0)).isEmpty)
        #expect(app.update(.tick(now: 10_000)).isEmpty)
        #expect(app.currentScreen == .article)
    }
}
