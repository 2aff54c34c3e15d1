import Testing
@testable import PamphletUI

/// Every screen at the three reference sizes, compared with Golden/*.txt.
@Suite struct GoldenFrameTests {
    static let sizes: [(Int, Int)] = [(40, 12), (80, 24), (132, 40)]

    private func check(_ name: String, script: String = "", openArticle: String? = "first-visit",
                       positions: [String: Int] = [:]) {
        for (width, height) in Self.sizes {
            var app = ReaderApp.sized(width, height, openArticle: openArticle, positions: positions)
            app.press(script)
            expectGolden(app.view(width: width, height: height), "\(name)-\(width)x\(height)")
        }
    }

    @Test func library() { check("library", openArticle: nil) }
    @Test func articleTop() { check("article-top") }
    @Test func articleTwoSectionsIn() { check("article-sections", script: "], ], ]") }
    @Test func articleResumed() { check("article-resumed", positions: ["first-visit": 38]) }
    @Test func contents() { check("contents", script: "], ], t") }
    @Test func questionsWithAnAnswerOpen() { check("questions", script: "f, j, Enter") }
    @Test func help() { check("help", script: "?") }
    @Test func crisis() { check("crisis", script: "!") }
    @Test func unicodeArticle() { check("unicode-article", openArticle: "unicode-sampler") }
    @Test func unicodeQuestions() { check("unicode-questions", script: "f, Enter, j, Enter", openArticle: "unicode-sampler") }

    @Test func tooSmall() {
        let app = ReaderApp.sized(19, 5, openArticle: "first-visit")
        expectGolden(app.view(width: 19, height: 5), "too-small-19x5")
    }
}
