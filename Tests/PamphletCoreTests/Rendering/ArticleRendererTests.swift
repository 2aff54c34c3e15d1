import Testing
@testable import PamphletCore

@Suite struct ArticleRendererTests {
    static func plain(_ article: Article, width: Int, section: String? = nil) -> String {
        PlainText.render(ArticleRenderer.render(article, width: width, section: section))
    }

    @Test func sampleAtWidth40() {
        #expect(Self.plain(SampleArticle.article, width: 40) == """
            Sample Care Guide
            ═════════════════
            Exodus Health · Reviewed 2024-05-01

            ! In the US, call or text 988. In an
              emergency, call 911.

            General information, not medical advice.

            Ketamine is given in a quiet room by a
            trained team. See our guide
            <https://example.org/care>.

            Before you come
            ───────────────

            • Eat a light meal four hours before.
            • Bring a friend to drive you home.
               9. Nine
              10. Ten

            │ It felt like floating, calm and safe.

            Doses

            ┌──────────┬─────────┐
            │ Step     │ Minutes │
            ├──────────┼─────────┤
            │ Infusion │      40 │
            │ Rest     │      20 │
            └──────────┴─────────┘

                pamphlet show sample --width 40

            ────────────────────────────────────────

            """)
    }

    @Test func sampleAtWidth80() {
        #expect(Self.plain(SampleArticle.article, width: 80) == """
            Sample Care Guide
            ═════════════════
            Exodus Health · Reviewed 2024-05-01

            ! In the US, call or text 988. In an emergency, call 911.

            General information, not medical advice.

            Ketamine is given in a quiet room by a trained team. See our guide
            <https://example.org/care>.

            Before you come
            ───────────────

            • Eat a light meal four hours before.
            • Bring a friend to drive you home.
               9. Nine
              10. Ten

            │ It felt like floating, calm and safe.

            Doses

            ┌──────────┬─────────┐
            │ Step     │ Minutes │
            ├──────────┼─────────┤
            │ Infusion │      40 │
            │ Rest     │      20 │
            └──────────┴─────────┘

                pamphlet show sample --width 40

            \(String(repeating: "─", count: 80))

            """)
    }

    @Test func oneSectionWithoutHeader() {
        #expect(Self.plain(SampleArticle.article, width: 40, section: "before-you-come") == """
            Before you come
            ───────────────

            • Eat a light meal four hours before.
            • Bring a friend to drive you home.
               9. Nine
              10. Ten

            │ It felt like floating, calm and safe.

            """)
        #expect(ArticleRenderer.render(SampleArticle.article, width: 40, section: "no-such-anchor").isEmpty)
    }

    @Test func linesCarryAnchorsHeadingsAndSourceLines() {
        let lines = ArticleRenderer.render(SampleArticle.article, width: 40)
        let headings = lines.filter(\.isHeading)
        #expect(headings.map(\.text) == ["Sample Care Guide", "Before you come", "Doses"])
        #expect(headings.map(\.anchor) == ["sample-care-guide", "before-you-come", "doses"])
        #expect(headings.map(\.sourceLine) == [12, 16, 25])
        let quote = lines.first { $0.text.hasPrefix("│ It felt") }
        #expect(quote?.anchor == "before-you-come")
        #expect(quote?.sourceLine == 23)
        #expect(lines.first { $0.text.hasPrefix("! ") }?.spans.allSatisfy { $0.role == .crisis } == true)
        let link = lines.flatMap(\.spans).filter { $0.role == .linkTarget }
        #expect(link.map(\.text).joined().contains("<https://example.org/care>"))
        #expect(lines.flatMap(\.spans).contains(Span("quiet room", .strong)))
    }

    @Test func narrowTableBecomesRecordsAndWideCellsWrap() {
        let table = Table(alignments: [.none, .none],
                          header: [[.text("Side effect")], [.text("What to do")]],
                          rows: [[[.text("Nausea")], [.text("Tell the nurse; medicine can help within minutes.")]]])
        let article = Article(id: "t", path: "t.md", meta: FrontMatter(title: "T"),
                              preamble: [Block(.table(table), line: 5)])
        #expect(Self.plain(article, width: 40) == """
            T
            ═
            
            ┌─────────────┬────────────────────────┐
            │ Side effect │ What to do             │
            ├─────────────┼────────────────────────┤
            │ Nausea      │ Tell the nurse;        │
            │             │ medicine can help      │
            │             │ within minutes.        │
            └─────────────┴────────────────────────┘

            """)
        #expect(Self.plain(article, width: 20) == """
            T
            ═

            Side effect: Nausea
            What to do: Tell the
              nurse; medicine
              can help within
              minutes.

            """)
    }

    @Test func controlCharactersInTheArticleAreShownAsPlaceholders() {
        let article = Article(id: "evil", path: "evil.md", meta: FrontMatter(title: "Evil\u{1B}[2J"),
                              preamble: [Block(.paragraph([.text("a\u{1B}]52;c;aGk=\u{07} b\rc\u{08} \u{9B}1m \u{202E}x")]), line: 3)])
        let lines = ArticleRenderer.render(article, width: 80)
        let text = PlainText.render(lines)
        #expect(text == "Evil␛[2J\n════════\n\na␛]52;c;aGk=␇ b␍c␈ \u{FFFD}1m ⟨RLO⟩x\n")
        #expect(lines.flatMap(\.spans).filter { $0.role == .replaced }.count == 7)
    }

    @Test(arguments: Array(4...100))
    func noLineIsWiderThanTheWidth(width: Int) {
        let cjk = Article(id: "cjk", path: "cjk.md", meta: FrontMatter(title: "山田さんの話 👍🏽"), preamble: [
            Block(.paragraph([.text("日本語の文章はどこでも改行できます。Zoe\u{0308} 🇯🇵 👨‍👩‍👧‍👦 https://example.org/very/long/link")]), line: 3),
            Block(.list(ordered: true, start: 1, tight: false, items: [[Block(.paragraph([.text("東京へ行きます。")]), line: 5),
                 Block(.quote([Block(.code(language: nil, text: "\t山田 = 1 # a long line of code that must break\n"), line: 6)]), line: 6)]]), line: 5),
            Block(.table(Table(alignments: [.center], header: [[.text("名前")]], rows: [[[.text("山田太郎")]]])), line: 9),
        ])
        for article in [SampleArticle.article, cjk] {
            for line in ArticleRenderer.render(article, width: width) {
                #expect(DisplayWidth.of(line.spans) <= width, "\(line.text) at width \(width)")
                #expect(!line.text.contains("\n"))
            }
        }
    }
}
