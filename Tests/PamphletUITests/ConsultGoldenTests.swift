import Testing
import PamphletCore
@testable import PamphletUI

/// The consult screens at the three reference sizes, compared with Golden/consult-*.txt.
@Suite struct ConsultGoldenTests {
    private func check(_ name: String, prepare: (inout ReaderApp) -> Void) {
        for (width, height) in GoldenFrameTests.sizes {
            var app = ReaderApp.sized(width, height, openArticle: "first-visit")
            app.press("c")
            prepare(&app)
            expectGolden(app.view(width: width, height: height), "consult-\(name)-\(width)x\(height)")
        }
    }

    private func fill(_ app: inout ReaderApp) {
        app.type("Zoë 山田")
        app.keys(.tab, .right, .tab)
        app.type("+1 555 123 4567")
        app.keys(.tab, .tab)
        app.type("Weekday mornings")
        app.keys(.tab, .tab)
        app.type("Can my partner come to the first visit?")
        app.keys(.tab, .character(" "))
    }

    @Test func emptyForm() { check("empty") { _ in } }
    @Test func formWithProblems() {
        check("problems") { app in
            app.keys(.tab, .tab, .tab)
            app.type("zoe@")
            app.keys(.control("s"))
        }
    }
    @Test func review() { check("review") { fill(&$0); $0.keys(.control("s")) } }
    @Test func confirmation() {
        check("saved") { app in
            fill(&app)
            app.keys(.control("s"), .enter)
            _ = app.update(.consultSaved(reference: "1a2b3c4d"))
        }
    }
}
