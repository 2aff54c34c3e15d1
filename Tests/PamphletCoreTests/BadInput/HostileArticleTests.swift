import Testing
@testable import PamphletCore

/// Hostile article files that `BadInputTests` does not cover: sizes at and over
/// the limit, nesting deeper than Markdown allows, and YAML built to explode.
/// Each one loads, or is refused with one `path:line` error, in bounded time.
/// Inputs are generated here rather than committed.
@Suite struct HostileArticleTests {
    private func parse(_ text: String) throws(Diagnostic) -> Article {
        try ArticleLoader().parse(bytes: Array(text.utf8), id: "hostile", path: "hostile.md")
    }

    private func loadError(_ text: String) -> Diagnostic? {
        do throws(Diagnostic) {
            let article = try parse(text)
            Issue.record("expected an error, loaded '\(article.title)'")
            return nil
        } catch {
            return error
        }
    }

    private static let header = "---\ntitle: Hostile\n---\n"

    // MARK: Size

    @Test func tenMegabyteSingleLineAtTheLimitLoadsAndRenders() throws {
        let filler = ArticleLoader.defaultMaxFileBytes - Self.header.utf8.count - 1
        let text = Self.header + String(repeating: "word ", count: filler / 5) + String(repeating: "x", count: filler % 5) + "\n"
        #expect(text.utf8.count == ArticleLoader.defaultMaxFileBytes)

        // Linear, but some 2 µs a byte in a debug build on a busy machine: a wider guard.
        let article = try withinHangGuard("loading a 10 MB line", limit: .seconds(90)) { try parse(text) }
        guard case .paragraph(let inlines)? = article.preamble.first?.kind, article.preamble.count == 1 else {
            Issue.record("expected one paragraph, got \(article.preamble.map(\.kind))")
            return
        }
        #expect(inlines.plainText.utf8.count == filler)

        let lines = withinHangGuard("rendering a 10 MB line at 80 columns", limit: .seconds(90)) {
            ArticleRenderer.render(article, width: 80)
        }
        // Title, underline, blank, then the paragraph: 4-letter words and spaces, 16 to a line.
        let words = filler / 5 + (filler % 5 > 0 ? 1 : 0)
        #expect(lines.count == 3 + (words + 15) / 16)
        #expect(lines.allSatisfy { DisplayWidth.of($0.spans) <= 80 })
    }

    @Test func tenMebibyteSingleLineIsRefusedOnLineOne() {
        let text = Self.header + String(repeating: "a", count: 10 * 1024 * 1024) + "\n"
        let error = withinHangGuard("refusing a 10 MiB file") { loadError(text) }
        #expect(error?.description == "hostile.md:1: error: file is 10.5 MB, over the 10 MB limit for an article")
    }

    // MARK: Nesting

    /// Markdown has six heading levels: a line of 1,000 `#` is a paragraph, not a heading.
    @Test func thousandHashMarksAreAParagraph() throws {
        let hashes = String(repeating: "#", count: 1_000)
        let article = try withinHangGuard("1,000 hash marks") { try parse(Self.header + hashes + " Deep\n") }
        #expect(article.sections.isEmpty)
        #expect(article.preamble == [Block(.paragraph([.text(hashes + " Deep")]), line: 4)])
    }

    /// 1,000 headings that each go one level deeper than the last (1, 2, ... 6, then
    /// 1 again): each run nests six deep, so the tree is 167 top-level sections.
    @Test func thousandHeadingsSteppingDownNestSixDeep() throws {
        let body = (0..<1_000).map { index in
            String(repeating: "#", count: index % 6 + 1) + " Heading \(index)\n\nText \(index).\n"
        }.joined(separator: "\n")
        let article = try withinHangGuard("1,000 stepped headings") { try parse(Self.header + body) }

        #expect(article.sections.count == 167)
        #expect(article.allSections.count == 1_000)
        func depth(_ section: Section) -> Int { 1 + (section.children.map(depth).max() ?? 0) }
        #expect(article.sections.map(depth).max() == 6)
        #expect(article.allSections.last?.title == "Heading 999")
        let lines = withinHangGuard("rendering 1,000 headings") { ArticleRenderer.render(article, width: 40) }
        #expect(lines.filter(\.isHeading).count == 1_001)  // the title, then every heading
    }

    /// A heading inside 1,000 nested block quotes stays quoted text, not a section;
    /// past the converter's depth cap the rest is flattened to plain text, which
    /// still renders, two columns a line once the quote bars fill the width.
    @Test func headingInsideThousandNestedQuotes() throws {
        let text = Self.header + String(repeating: "> ", count: 1_000) + "# Deep heading\n"
        let article = try withinHangGuard("1,000 nested quotes") { try parse(text) }
        #expect(article.sections.isEmpty)
        var quoteDepth = 0
        var blocks = article.preamble
        while case .quote(let inner)? = blocks.first?.kind {
            quoteDepth += 1
            blocks = inner
        }
        #expect(quoteDepth == CmarkConverter(lineOffset: 0).maxDepth)
        #expect(blocks == [Block(.paragraph([.text("Deep heading")]), line: 4)])

        let lines = withinHangGuard("rendering 1,000 nested quotes") { ArticleRenderer.render(article, width: 40) }
        #expect(lines.allSatisfy { DisplayWidth.of($0.spans) <= 40 })
        let quotedText = lines.dropFirst(3).map { line in line.text.filter { $0 != "│" && $0 != " " } }.joined()
        #expect(quotedText == "Deepheading")
    }

    // MARK: Tables

    @Test func hundredThousandRowTableKeepsEveryRowAndRenders() throws {
        let body = "| Dose | When |\n|---|---|\n" + (0..<100_000).map { "| \($0) mg | day \($0) |\n" }.joined()
        let article = try withinHangGuard("loading a 100,000-row table") { try parse(Self.header + body) }
        guard case .table(let table)? = article.preamble.first?.kind else {
            Issue.record("expected a table, got \(article.preamble.map(\.kind))")
            return
        }
        #expect(table.rows.count == 100_000)
        #expect(table.rows.last?.map(\.plainText) == ["99999 mg", "day 99999"])

        let lines = withinHangGuard("rendering a 100,000-row table") { ArticleRenderer.render(article, width: 80) }
        #expect(lines.contains { $0.text.contains("99999 mg") && $0.text.contains("day 99999") })
        #expect(lines.allSatisfy { DisplayWidth.of($0.spans) <= 80 })
    }

    // MARK: Front matter

    /// "Billion laughs": nine levels of aliases, each ten times the one before,
    /// on lines 3-12 after `title`, then `leaf` on line 13 (without a title, one line earlier).
    private static func yamlBomb(title: String? = "title: Bomb", using leaf: String) -> String {
        var lines = ["a0: &a0 [\"lol\"]"]
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(previous)]")
        }
        lines.append(leaf)
        return "---\n" + (title.map { $0 + "\n" } ?? "") + lines.joined(separator: "\n") + "\n---\n\nText.\n"
    }

    /// Wherever the bomb goes off (a key, a value, an unknown key), the first alias is refused.
    @Test(arguments: ["last: *a9", "keywords: *a9", "? *a9\n: value", "*a9 : value", "x: {? [*a9] : 1}"])
    func yamlBombIsRefusedAtItsFirstAlias(leaf: String) {
        let error = withinHangGuard("a YAML bomb with \(leaf)") { loadError(Self.yamlBomb(using: leaf)) }
        #expect(error?.description == "hostile.md:4: error: front matter uses the YAML alias '*a0'; write the value out instead")
    }

    @Test func aliasesAreRefusedButAnchorsAndStarsInTextAreNot() throws {
        func file(source: String) -> String {
            """
            ---
            title: &t "Stars * and *asterisks*: *not* aliases"
            summary: 5 * 3 - *x is text # a *comment
            publisher: 'It''s *fine*'
            keywords: [a*b, "*quoted"]
            disclaimer: |
              *a block scalar line
            \(source)
            ---

            Text.
            """
        }
        let article = try parse(file(source: "source: >\n  *folded"))
        #expect(article.title == "Stars * and *asterisks*: *not* aliases")
        #expect(article.meta.summary == "5 * 3 - *x is text")
        #expect(article.meta.keywords == ["a*b", "*quoted"])
        #expect(article.meta.disclaimer == "*a block scalar line")

        let error = loadError(file(source: "source: *t"))
        #expect(error?.description == "hostile.md:8: error: front matter uses the YAML alias '*t'; write the value out instead")
    }

    @Test(arguments: [
        ("just a sentence", "text"),
        ("42", "text"),
        ("&anchor [1, 2]", "a list"),
    ])
    func frontMatterThatIsNotAMappingNamesWhatItFound(yaml: String, found: String) {
        let error = loadError("---\n\(yaml)\n---\n\n# Body\n")
        #expect(error?.description == "hostile.md:2: error: front matter must be 'key: value' lines, found \(found)")
    }
}
