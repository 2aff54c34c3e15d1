import Testing
import PamphletCore
@testable import PamphletUI

/// The library screen scrolls by entry and wraps only what is near the screen; what a
/// patient sees must be what a row-by-row list would show.
@Suite struct LibraryScrollingTests {
    /// Summaries of none, one and three lines at 40 columns, so entries differ in height.
    static func library(count: Int) -> Library {
        let summaries: [String?] = [nil, "Short.", "A longer summary of the article that wraps over more than two lines at forty columns."]
        let articles = (0..<count).map { number in
            Article(id: "article-\(1000 + number)", path: "article-\(1000 + number).md",
                    meta: FrontMatter(title: "Article \(1000 + number)", summary: summaries[number % 3]),
                    sections: [])
        }
        return Library(directory: "lib", articles: articles, diagnostics: [])
    }

    @Test func theSelectedEntryStaysOnScreenAllTheWayDownAndBack() {
        var app = ReaderApp.sized(40, 12, library: Self.library(count: 40))
        for step in 0..<40 {
            let screen = app.screenText(40, 12)
            #expect(screen.contains("› Article \(1000 + step)"), "step \(step) down:\n\(screen)")
            app.press("j")
        }
        #expect(app.screenText(40, 12).contains("› Article 1039"))
        for step in (0..<40).reversed() {
            let screen = app.screenText(40, 12)
            #expect(screen.contains("› Article \(1000 + step)"), "step \(step) up:\n\(screen)")
            app.press("k")
        }
    }

    @Test func movingDownScrollsTheLeastNeeded() {
        var app = ReaderApp.sized(40, 12, library: Self.library(count: 40))
        // 9 list rows: 1000 (2 rows), 1001 (3), 1002 (4 with its blank) fill them.
        app.press("j, j")
        var rows = app.view(width: 40, height: 12).lines
        #expect(rows[2].contains("Article 1000"), "nothing scrolls while 1002 fits:\n\(rows.joined(separator: "\n"))")
        app.press("j")
        rows = app.view(width: 40, height: 12).lines
        // 1003 (1 row) needs one more row: the list moves up by exactly one row.
        #expect(!rows.joined().contains("Article 1000"))
        #expect(rows[2].trimmingCharacters(in: .whitespaces).isEmpty, "the blank after 1000 is now the first row")
        #expect(rows[3].contains("Article 1001"))
        #expect(rows[10].contains("› Article 1003"))
    }

    @Test func theEndAndTheStartOfALargeLibraryAreOneKeyAway() {
        var app = ReaderApp.sized(40, 12, library: Self.library(count: 10_000))
        app.press("G")
        let bottom = app.screenText(40, 12)
        #expect(bottom.contains("› Article 10999"))
        app.press("g")
        let topScreen = app.view(width: 40, height: 12).lines
        #expect(topScreen[2].contains("› Article 1000"))
    }
}
