import Testing
import PamphletCore
@testable import PamphletUI

/// Any terminal size, any screen: a frame of exactly that size and never a crash.
@Suite struct RobustnessTests {
    static let scripts = ["", "Enter", "Enter, ], t", "Enter, f, Enter", "?", "!", "Enter, G"]

    @Test(arguments: scripts)
    func everySizeFromOneByOneUpDraws(script: String) {
        var app = ReaderApp.sized(80, 24)
        app.press(script)
        // Every width up to past the minimum, at heights around the minimum and the small reference size.
        var sizes = [(400, 120), (200, 60), (132, 40), (0, 0)]
        for width in 1...42 { for height in [1, 2, 5, 6, 7, 12] { sizes.append((width, height)) } }
        for (width, height) in sizes {
            let frame = app.view(width: width, height: height)
            #expect(frame.width == width && frame.height == height)
            var resized = app
            resized.press("j")
            _ = resized.update(.resize(Size(width: width, height: height)))
            resized.press("Space, k, ], [, G, Backspace")
            #expect(resized.view(width: width, height: height).lines.count == height)
        }
    }

    @Test func belowTheMinimumOnlyTheTooSmallMessageShows() {
        let app = ReaderApp.sized(19, 6, openArticle: "first-visit")
        let text = app.screenText(19, 6)
        #expect(text.contains("Terminal too small"))
        #expect(!text.contains("Preparing"))
        #expect(ReaderApp.sized(20, 6).screenText(20, 6).contains("Pamphlet"))
        #expect(ReaderApp.sized(1, 1).screenText(1, 1) == "T")
    }

    @Test func keysStillWorkWhileTooSmall() {
        var app = ReaderApp.sized(10, 3)
        #expect(app.press("q") == [.quit])
    }

    @Test func hostileTextReachesTheFrameOnlyAsInertPlaceholders() {
        let hostile = Article(
            id: "hostile", path: "hostile.md",
            meta: FrontMatter(title: "Clear\u{1B}[2J screen", summary: "bell\u{07} and \u{9B}31m csi",
                              publisher: "\u{202E}evil", crisis: "call\u{1B}]52;c;AAAA\u{07} now"),
            sections: [Section(level: 1, heading: [.text("Head\u{1B}[1m")], title: "Head\u{1B}[1m", anchor: "head",
                               line: 3, blocks: [Block(.paragraph([.text("body\u{1B}[31m")]), line: 5)])])
        let library = Library(directory: "lib\u{1B}[2J", articles: [hostile], diagnostics: [])
        var app = ReaderApp.sized(80, 24, library: library)
        for script in ["", "t", "Esc, !", "Esc, ?", "Esc, Backspace"] {
            app.press(script)
            let frame = app.view(width: 80, height: 24)
            for cell in frame.cells {
                #expect(!cell.grapheme.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || $0 == "\u{202E}" },
                        "control character on screen after \(script)")
            }
        }
    }
}
