import Testing
import PamphletCore
@testable import PamphletUI

/// `/` in an article: incremental find, highlights, a counter, n/N, Esc back to the start.
@Suite struct FindInArticleTests {
    static let article = "what-does-ketamine-therapy-feel-like"

    private func shippedReader(_ width: Int = 80, _ height: Int = 24) -> ReaderApp {
        ReaderApp(library: Fixtures.shippedLibrary, options: ReaderOptions(), openArticle: Self.article,
                  size: Size(width: width, height: height))
    }

    /// How many times `word` occurs in the article's rendered text, ignoring case.
    private func occurrences(of word: String) -> Int {
        let lines = ArticleLayout(article: Fixtures.shippedLibrary.articles[0], terminalWidth: 80, pinnedCrisisBanner: true).lines
        return lines.map { $0.text.lowercased().components(separatedBy: word).count - 1 }.reduce(0, +)
    }

    @Test func theIssueScriptFindsStepsAndReturnsToTheStart() {
        var app = shippedReader()
        app.press("], ]")
        let start = app.topSourceLine
        let total = occurrences(of: "ket")
        #expect(total > 10)

        app.press("/, k, e, t")
        #expect(app.currentScreen == .find)
        #expect(app.bottomLine(80, 24).hasPrefix("/ket"))
        // As in less, the first match is the first one from where the reader is, not the title's.
        let first = counter(in: app.bottomLine(80, 24))
        #expect(first?.total == total)
        #expect((first?.current ?? 0) > 1)
        let firstIndex = first?.current ?? 0

        app.press("Enter")
        #expect(app.currentScreen == .article)
        #expect(app.bottomLine(80, 24).contains("\(firstIndex)/\(total)  n:next N:prev Esc:clear"))

        app.press("n, n")
        #expect(counter(in: app.bottomLine(80, 24))?.current == firstIndex + 2)
        app.press("N")
        #expect(counter(in: app.bottomLine(80, 24))?.current == firstIndex + 1)

        app.press("Esc")
        #expect(app.topSourceLine == start)
        #expect(!app.bottomLine(80, 24).contains("/\(total)"))
        #expect(app.bottomLine(80, 24).hasSuffix("s:search ?:help "))
    }

    /// The "3/14" on the bottom line.
    private func counter(in line: String) -> (current: Int, total: Int)? {
        for word in line.split(separator: " ") {
            let parts = word.split(separator: "/")
            if parts.count == 2, let current = Int(parts[0]), let total = Int(parts[1]) { return (current, total) }
        }
        return nil
    }

    @Test func nAfterTheLastMatchWrapsToTheFirst() {
        var app = shippedReader()
        app.press("/")
        app.type("Ketamine Therapy Right")
        app.press("Enter")
        #expect(counter(in: app.bottomLine(80, 24)).map { "\($0.current)/\($0.total)" } == "1/1")
        app.press("n")
        #expect(counter(in: app.bottomLine(80, 24)).map { "\($0.current)/\($0.total)" } == "1/1")
    }

    @Test func everyVisibleMatchIsHighlightedAndTheCurrentOneStandsOut() {
        var app = shippedReader()
        app.press("/")
        app.type("ketamine")
        let frame = app.view(width: 80, height: 24)
        let theme = Theme(color: true)
        let matchCells = frame.cells.filter { $0.style == theme.style(for: .match) }.count
        let currentCells = frame.cells.filter { $0.style == theme.currentMatch }.count
        #expect(currentCells == "ketamine".count)
        #expect(matchCells > 0 && matchCells % "ketamine".count == 0)
        // The highlighted letters spell the word, case and all.
        let row = (0..<frame.height).first { y in (0..<frame.width).contains { frame[$0, y].style == theme.currentMatch } }!
        let highlighted = (0..<frame.width).filter { frame[$0, row].style == theme.currentMatch }.map { frame[$0, row].grapheme }.joined()
        #expect(highlighted.lowercased() == "ketamine")
    }

    @Test func smartCaseMattersOnlyWithAnUppercaseLetter() {
        var lower = shippedReader()
        lower.press("/")
        lower.type("ketamine")
        var upper = shippedReader()
        upper.press("/")
        upper.type("Ketamine")
        let all = lower.bottomLine(80, 24).split(separator: "/").last.map(String.init) ?? ""
        let capitalised = upper.bottomLine(80, 24).split(separator: "/").last.map(String.init) ?? ""
        #expect(Int(all.trimmingCharacters(in: .whitespaces))! > Int(capitalised.trimmingCharacters(in: .whitespaces))!)
    }

    @Test func findIsLiteralNotARegularExpression() {
        var app = shippedReader()
        app.press("/")
        app.type("k.t")
        #expect(app.bottomLine(80, 24).hasSuffix("not found "))
    }

    @Test func aPhraseBrokenByTheWrapIsFound() {
        // At 40 columns "gained significant attention" wraps in the first paragraph.
        var app = shippedReader(40, 12)
        app.press("/")
        app.type("has gained significant attention in recent years")
        #expect(app.bottomLine(40, 12).hasSuffix("1/1 "))
    }

    @Test func typingQGoesIntoThePromptAndBackspaceOnAnEmptyPromptClosesIt() {
        var app = shippedReader()
        app.press("/, q, j")
        #expect(app.currentScreen == .find)
        #expect(app.bottomLine(80, 24).hasPrefix("/qj"))
        app.press("Backspace, Backspace, Backspace")
        #expect(app.currentScreen == .article)
        #expect(app.bottomLine(80, 24).hasSuffix("s:search ?:help "))
    }

    @Test func aResizeKeepsTheMatchesAndTheCount() {
        var app = shippedReader()
        app.press("/")
        app.type("ket")
        app.press("Enter, n, n")
        let before = app.bottomLine(80, 24).contains("3/")
        _ = app.update(.resize(Size(width: 50, height: 20)))
        #expect(before)
        #expect(app.bottomLine(50, 20).contains("3/"))
    }
}

/// The find prompt, the search results and the filtered questions at the three reference sizes.
@Suite struct FindAndSearchGoldenTests {
    private func check(_ name: String, script: String, typing text: String = "", openArticle: String? = "first-visit") {
        for (width, height) in GoldenFrameTests.sizes {
            var app = ReaderApp.sized(width, height, openArticle: openArticle)
            app.press(script)
            app.type(text)
            expectGolden(app.view(width: width, height: height), "\(name)-\(width)x\(height)")
        }
    }

    @Test func findPrompt() { check("find-prompt", script: "], /", typing: "visit") }
    @Test func findAccepted() {
        for (width, height) in GoldenFrameTests.sizes {
            var app = ReaderApp.sized(width, height, openArticle: "first-visit")
            app.press("], /")
            app.type("visit")
            app.press("Enter, n")
            expectGolden(app.view(width: width, height: height), "find-accepted-\(width)x\(height)")
        }
    }
    @Test func searchResults() { check("search-results", script: "s", typing: "how long") }
    @Test func filteredQuestions() { check("questions-filtered", script: "f", typing: "bring") }
}
