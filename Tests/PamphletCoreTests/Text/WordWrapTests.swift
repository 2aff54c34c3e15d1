import Testing
@testable import PamphletCore

@Suite struct WordWrapTests {
    static let samples = [
        "Ketamine therapy can feel dreamlike, and most people describe a sense of floating.",
        "山田さんは東京の病院で働いています。毎日たくさんの患者さんに会います。",
        "Great news 👍🏽 for the family 👨‍👩‍👧‍👦 — flags 🇺🇸🇪🇸 and hearts ❤️ all fit.",
        "Zoe\u{0308} and re\u{0301}sume\u{0301} keep their accents whole: e\u{0301}e\u{0301}e\u{0301}e\u{0301}e\u{0301}.",
        "See https://example.org/a/very/long/path/that/cannot/fit/on/one/line?query=yes for details.",
        "Mixed 日本語 text with English words and 中文的句子也可以在任何两个字之间断开。",
    ]

    @Test(arguments: [2, 5, 12, 20, 33, 80])
    func linesFitAndKeepEveryWord(width: Int) {
        for sample in Self.samples {
            let lines = WordWrap.wrap(sample, width: width)
            for line in lines {
                #expect(DisplayWidth.of(line) <= width, "\(line) at width \(width)")
                #expect(!line.hasSuffix(" ") && !line.hasPrefix(" "))
            }
            // Nothing is lost or reordered: only break points differ.
            #expect(lines.joined().filter { $0 != " " } == sample.filter { $0 != " " })
            // Every grapheme cluster survives intact.
            #expect(Array(lines.joined().filter { $0 != " " }) == Array(sample.filter { $0 != " " }))
        }
    }

    @Test func breaksAtSpaces() {
        #expect(WordWrap.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func cjkBreaksBetweenIdeographsButNotBeforeClosingPunctuation() {
        #expect(WordWrap.wrap("山田太郎です", width: 6) == ["山田太", "郎です"])
        #expect(WordWrap.wrap("東京です。", width: 8) == ["東京で", "す。"])
    }

    @Test func wideCharactersNeverStraddleTheEdge() {
        #expect(WordWrap.wrap("a山田", width: 4) == ["a山", "田"])
    }

    @Test func longWordsBreakByColumns() {
        #expect(WordWrap.wrap("go https://example.org/abc now", width: 8)
            == ["go", "https://", "example.", "org/abc", "now"])
    }

    @Test func combiningMarksStayWithTheirBase() {
        let lines = WordWrap.wrap("e\u{0301}e\u{0301}e\u{0301}", width: 2)
        #expect(lines == ["e\u{0301}e\u{0301}", "e\u{0301}"])
    }

    @Test func stylesCarryAcrossBreaks() {
        let lines = WordWrap.wrap([Span("plain "), Span("very bold words", .strong), Span(" end")], width: 10)
        #expect(lines == [
            [Span("plain "), Span("very", .strong)],
            [Span("bold words", .strong)],
            [Span("end")],
        ])
    }

    @Test func hangingIndentForListItemsAndQuotes() {
        #expect(WordWrap.wrap("one two three four", width: 9, firstPrefix: "• ")
            == ["• one two", "  three", "  four"])
        #expect(WordWrap.wrap("one two three", width: 9, firstPrefix: "10. ")
            == ["10. one", "    two", "    three"])
        #expect(WordWrap.wrap("alpha beta gamma", width: 9, firstPrefix: "> ", continuationPrefix: "> ")
            == ["> alpha", "> beta", "> gamma"])
        let styled = WordWrap.wrap([Span("x y")], width: 4, firstPrefix: [Span("│ ", .quote)], continuationPrefix: [Span("│ ", .quote)])
        #expect(styled == [[Span("│ ", .quote), Span("x")], [Span("│ ", .quote), Span("y")]])
    }

    @Test func prefixTooWideForTheLineIsCutFromTheLeft() {
        let prefix = String(repeating: " ", count: 30) + "• "
        let lines = WordWrap.wrap("word", width: 20, firstPrefix: prefix)
        #expect(lines == ["        • word"])
    }

    @Test func newlinesEndLinesAndSpacesCollapse() {
        #expect(WordWrap.wrap("a   b\nc\n\nd", width: 20) == ["a b", "c", "", "d"])
        #expect(WordWrap.wrap("", width: 20, firstPrefix: "• ") == ["• "])
    }

    @Test func windowsLineEndingsEndOneLineNotTwo() {
        #expect(WordWrap.wrap("a\r\nb\r\n\r\nc", width: 20) == WordWrap.wrap("a\nb\n\nc", width: 20))
    }

    @Test func codeBreaksByColumnsKeepingSpaces() {
        let lines = WordWrap.breakByColumns([Span("let  x = 山田", .code)], width: 12, continuationPrefix: [Span("↪ ")])
        #expect(lines == [[Span("let  x = 山", .code)], [Span("↪ "), Span("田", .code)]])
    }
}
