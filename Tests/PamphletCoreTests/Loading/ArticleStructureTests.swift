import Testing
@testable import PamphletCore

@Suite struct ArticleStructureTests {
    let article: Article

    init() throws {
        article = try ArticleLoader().load(path: LoadingFixtures.path("structure.md"))
    }

    @Test func idAndFrontMatter() {
        #expect(article.id == "structure")
        #expect(article.title == "Structure sample")
        #expect(article.meta.summary == "Every kind of block, for loader tests.")
        #expect(article.meta.language == "en")
        #expect(article.meta.reviewed == "2024-05-31")
        #expect(article.meta.keywords == ["sample", "structure"])
        #expect(article.meta.unknownKeys.map(\.key) == ["owner"])
        #expect(article.meta.unknownKeys.map(\.line) == [6])
    }

    @Test func headingsNestByLevelWithUniqueAnchors() {
        #expect(article.outline == [
            "Top #top",
            "  First child #first-child",
            "    Grandchild #grandchild",
            "  Second child #second-child",
            "Top #top-1",
            "  Frequently Asked Questions #frequently-asked-questions",
            "    How long does it take? #how-long-does-it-take",
            "    Is it safe? #is-it-safe",
            "      Details #details",
        ])
        #expect(article.section(anchor: "grandchild")?.line == 25)
    }

    @Test func preambleKeepsBlocksBeforeTheFirstHeading() {
        #expect(article.preamble == [Block(.paragraph([.text("Before any heading.")]), line: 9)])
    }

    @Test func inlinesKeepTheirStructureAndFileLines() throws {
        let intro = try #require(article.sections.first?.blocks.first)
        #expect(intro.line == 13)
        #expect(intro.kind == .paragraph([
            .text("Intro with "), .emphasis([.text("emphasis")]), .text(", "),
            .strong([.text("strong")]), .text(", "), .code("code"), .text(", "),
            .strikethrough([.text("gone")]), .text(" and a "),
            .link(Link(destination: "https://example.org/a", line: 13), [.text("link")]), .text("."),
            .softBreak, .text("Second line."),
        ]))
    }

    @Test func listsNestAndQuotesHoldBlocks() throws {
        let blocks = try #require(article.section(anchor: "first-child")?.blocks)
        #expect(blocks.count == 2)
        guard case .list(let ordered, _, let tight, let items) = blocks[0].kind else {
            Issue.record("expected a list, got \(blocks[0].kind)"); return
        }
        #expect(!ordered && tight && items.count == 2)
        #expect(items[1].last?.kind == .list(ordered: true, start: 1, tight: true, items: [
            [Block(.paragraph([.text("nested")]), line: 20)],
            [Block(.paragraph([.text("items")]), line: 21)],
        ]))
        #expect(blocks[1] == Block(.quote([Block(.paragraph([.text("quoted")]), line: 23)]), line: 23))
    }

    @Test func codeKeepsItsInfoString() {
        #expect(article.section(anchor: "grandchild")?.blocks == [
            Block(.code(language: "sh", text: "echo hi"), line: 27),
        ])
    }

    @Test func tablesKeepAlignmentsAndCells() throws {
        let blocks = try #require(article.section(anchor: "second-child")?.blocks)
        #expect(blocks[0].kind == .table(Table(
            alignments: [.left, .center, .right, .none],
            header: [[.text("Left")], [.text("Middle")], [.text("Right")], [.text("Plain")]],
            rows: [[[.text("a")], [.text("b")], [.text("c")], [.text("d")]]]
        )))
        #expect(blocks[1].kind == .thematicBreak)
        #expect(blocks[2].kind == .html("<div>raw</div>"))
    }

    @Test func faqEntriesCarryKeywordsAndWholeAnswers() {
        #expect(article.faq.map(\.question) == ["How long does it take?", "Is it safe?"])
        #expect(article.faq.map(\.anchor) == ["how-long-does-it-take", "is-it-safe"])
        #expect(article.faq[0].keywords == ["duration", "hours"])
        #expect(article.faq[0].answer == [Block(.paragraph([.text("About an hour.")]), line: 51)])
        // The keyword comment is metadata, not something a reader sees.
        #expect(article.section(anchor: "how-long-does-it-take")?.blocks.count == 1)
        #expect(article.faq[1].keywords.isEmpty)
        #expect(article.faq[1].answer.map(\.kind) == [
            .paragraph([.text("Mostly.")]),
            .paragraph([.strong([.text("Details")])]),
            .paragraph([.text("Fine print.")]),
        ])
    }

    @Test func customFAQHeadingFromFrontMatter() throws {
        let custom = try ArticleLoader().load(path: LoadingFixtures.path("custom-faq.md"))
        #expect(custom.meta.faqHeading == "Questions people ask")
        #expect(custom.faq.map(\.question) == ["Can I drive home?"])
        #expect(custom.faq[0].keywords == ["driving", "car"])
        #expect(custom.warnings.isEmpty)
    }

    @Test func spanishArticleLoads() throws {
        let spanish = try ArticleLoader().load(path: LoadingFixtures.path("spanish.md"))
        #expect(spanish.meta.language == "es")
        #expect(spanish.title == "¿Qué se siente en la terapia con ketamina?")
        #expect(spanish.meta.keywords == ["ketamina", "depresión"])
        #expect(spanish.outline == [
            "Qué esperar #qué-esperar",
            "  Sensaciones físicas #sensaciones-físicas",
            "  Preguntas frecuentes #preguntas-frecuentes",
            "    ¿Cuánto dura una sesión? #cuánto-dura-una-sesión",
        ])
        #expect(spanish.faq.map(\.keywords) == [["duración", "horas"]])
    }

    @Test func spanishFAQHeadingNeedsNoFrontMatter() throws {
        let text = "---\ntitle: Cirugía\nlanguage: es\n---\n\n# Cirugía\n\n## Preguntas frecuentes sobre la cirugía\n\n"
            + "### ¿Cuándo puedo ducharme?\n\nDespués de 48 horas.\n"
        let article = try ArticleLoader().parse(bytes: Array(text.utf8), id: "cirugia", path: "cirugia.md")
        #expect(article.faq.map(\.question) == ["¿Cuándo puedo ducharme?"])
        #expect(article.warnings.isEmpty)
    }
}
