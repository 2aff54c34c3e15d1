import Testing
@testable import PamphletCore

@Suite("pamphlet check: article findings")
struct ArticleCheckerTests {
    private func paragraph(_ text: String, line: Int) -> Block {
        Block(.paragraph([.text(text)]), line: line)
    }

    private func section(_ title: String, level: Int, anchor: String, line: Int,
                         blocks: [Block]? = nil, children: [Section] = []) -> Section {
        Section(level: level, heading: [.text(title)], title: title, anchor: anchor, line: line,
                blocks: blocks ?? [paragraph("Some text.", line: line + 2)], children: children)
    }

    private func messages(_ report: ArticleChecker.Report) -> [String] {
        report.diagnostics.map(\.description)
    }

    @Test func soundArticleHasNoFindings() {
        let article = Article(id: "a", path: "Articles/a.md", meta: FrontMatter(title: "A"), sections: [
            section("A", level: 1, anchor: "a", line: 5, children: [section("Part", level: 2, anchor: "part", line: 9)]),
        ])
        let report = ArticleChecker(library: [article]).check(article, source: "plain text\n")
        #expect(report.diagnostics.isEmpty)
    }

    @Test func skippedLevelAndEmptySectionAreErrors() {
        let article = Article(id: "a", path: "Articles/a.md", meta: FrontMatter(title: "A"), sections: [
            section("A", level: 1, anchor: "a", line: 5, children: [
                section("Deep", level: 3, anchor: "deep", line: 9),
                section("Empty", level: 2, anchor: "empty", line: 14, blocks: []),
            ]),
        ])
        let found = messages(ArticleChecker(library: [article]).check(article, source: nil))
        #expect(found == [
            "Articles/a.md:9: error: heading level 3 under level 1: a level is skipped (use ##)",
            "Articles/a.md:14: error: section 'Empty' is empty",
        ])
    }

    @Test func unknownFrontMatterKeyIsAWarningWithTheClosestKnownKey() {
        let meta = FrontMatter(title: "A", unknownKeys: [(key: "sumary", line: 3), (key: "Reviewd", line: 4), (key: "colour", line: 5)])
        let article = Article(id: "a", path: "a.md", meta: meta, sections: [section("A", level: 1, anchor: "a", line: 7)])
        #expect(messages(ArticleChecker(library: [article]).check(article, source: nil)) == [
            "a.md:3: warning: unknown front matter key 'sumary'; did you mean 'summary'?",
            "a.md:4: warning: unknown front matter key 'Reviewd'; did you mean 'reviewed'?",
            "a.md:5: warning: unknown front matter key 'colour'; known keys: crisis, disclaimer, faq, keywords, "
                + "language, publisher, reviewed, source, summary, title",
        ])
    }

    @Test func questionWithoutAnswerIsAnError() {
        let article = Article(id: "a", path: "a.md", meta: FrontMatter(title: "A"),
                              sections: [section("A", level: 1, anchor: "a", line: 5)],
                              faq: [FAQEntry(question: "Why?", anchor: "why", keywords: [], answer: [], line: 20)])
        #expect(messages(ArticleChecker(library: [article]).check(article, source: nil))
                == ["a.md:20: error: question 'Why?' has no answer"])
    }

    @Test func internalLinksMustResolveAndEachIsReportedAtItsOwnLine() {
        func link(_ destination: String, line: Int) -> Inline {
            .link(Link(destination: destination, line: line), [.text(destination)])
        }
        let body = Block(.paragraph([
            link("#part", line: 7), link("#nowhere", line: 7), link("#Part", line: 8),
            link("other.md#intro", line: 8), link("other#missing", line: 9), link("ghost.md", line: 10),
            link("https://example.org/#x", line: 10), link("../elsewhere/page.md", line: 11),
        ]), line: 7)
        let article = Article(id: "a", path: "a.md", meta: FrontMatter(title: "A"), sections: [
            section("A", level: 1, anchor: "a", line: 5, blocks: [body], children: [section("Part", level: 2, anchor: "part", line: 13)]),
        ])
        let other = Article(id: "other", path: "other.md", meta: FrontMatter(title: "O"),
                            sections: [section("Intro", level: 1, anchor: "intro", line: 3)])
        #expect(messages(ArticleChecker(library: [article, other]).check(article, source: nil)) == [
            "a.md:7: error: link to '#nowhere': no section '#nowhere' in 'a'",
            "a.md:9: error: link to 'other#missing': no section '#missing' in 'other'",
            "a.md:10: error: link to 'ghost.md': no article 'ghost' in the library",
            "a.md:11: warning: link to '../elsewhere/page.md' cannot be followed: a link goes to an article of "
                + "this folder, a #section, or an http, https, mailto or tel address",
        ])
    }

    @Test func controlCharactersAreReportedOncePerLineWithTheirPlace() {
        let article = Article(id: "a", path: "a.md", meta: FrontMatter(title: "A"),
                              sections: [section("A", level: 1, anchor: "a", line: 1)])
        let source = "# A\n\nClear \u{1B}[2J screen\u{1B}]52;c;eA==\u{07}\nfine\nover\rwrite\n"
        #expect(messages(ArticleChecker(library: [article]).check(article, source: source)) == [
            "a.md:3: error: ESC (U+001B) at column 7 (and 2 more on this line); the reader shows it as ␛, remove it",
            "a.md:5: error: CR (U+000D) at column 5; the reader shows it as ␍, remove it",
        ])
    }

    @Test func hardTextIsWarnedAboveTheConfiguredGrade() {
        let hard = String(repeating: "Pharmacological interventions necessitate comprehensive multidisciplinary evaluation. ", count: 20)
        let article = Article(id: "a", path: "a.md", meta: FrontMatter(title: "A"), sections: [
            section("A", level: 1, anchor: "a", line: 5, blocks: [paragraph(hard, line: 7)]),
        ])
        let strict = ArticleChecker(maxGrade: 8, library: [article]).check(article, source: nil)
        #expect(strict.diagnostics.map(\.level) == [.warning, .warning])
        #expect(strict.diagnostics.allSatisfy { $0.message.contains("Flesch-Kincaid") })
        let lenient = ArticleChecker(maxGrade: 60, library: [article]).check(article, source: nil)
        #expect(lenient.diagnostics.isEmpty)
        #expect((strict.readability.fleschKincaidGrade ?? 0) > 8)
    }

    @Test func oneDecimal() {
        #expect(Decimal1(8.449).description == "8.4")
        #expect(Decimal1(8.45).description == "8.5")
        #expect(Decimal1(-1.45).description == "-1.5")
        #expect(Decimal1(0.04).description == "0.0")
    }
}
