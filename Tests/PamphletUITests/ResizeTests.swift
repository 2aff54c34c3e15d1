import Testing
@testable import PamphletUI

@Suite struct ResizeTests {
    @Test func resizeKeepsTheBlockAtTheTop() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press("], ], ], ], ], j, j, j")   // inside "Checking In"'s paragraph area
        let block = app.topSourceLine
        for (width, height) in [(40, 12), (132, 40), (23, 7), (80, 24)] {
            _ = app.update(.resize(Size(width: width, height: height)))
            #expect(app.topSourceLine == block, "at \(width)x\(height)")
        }
    }

    @Test func theFirstLineOnScreenAfterAResizeIsTheSameBlocksFirstLine() {
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        app.press("], ], ], ], ], ]")
        #expect(app.sectionAnchor == "meeting-your-clinician")
        _ = app.update(.resize(Size(width: 40, height: 12)))
        #expect(app.sectionAnchor == "meeting-your-clinician")
        let narrow = app.screenText(40, 12).split(separator: "\n")
        #expect(narrow[2] == "| Meeting Your Clinician                 |".dropFirst().dropLast())
    }

    @Test func viewAtAnotherSizeIsPureAndLaysOutAgain() {
        let app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        let before = app.view(width: 80, height: 24)
        _ = app.view(width: 40, height: 12)
        #expect(app.view(width: 80, height: 24) == before)
        var resized = app
        _ = resized.update(.resize(Size(width: 40, height: 12)))
        #expect(resized.view(width: 40, height: 12) == app.view(width: 40, height: 12))
    }
}
