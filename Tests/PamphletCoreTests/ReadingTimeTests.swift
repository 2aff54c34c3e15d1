import Testing
@testable import PamphletCore

@Suite struct ReadingTimeTests {
    @Test(arguments: [
        "", "   ", "one", "  two words  ", "tabs\tand\nnewlines\r\nand\u{0B}more",
        "no\u{00A0}break and\u{2003}em\u{3000}ideographic space",
        "accents: re\u{0301}sume\u{0301} caf\u{00E9}, dash—joined, 山田さん 👍🏽 ok",
        "a \u{0301}mark after a space",
    ])
    func countsRunsBetweenWhitespaceLikeSplitting(text: String) {
        #expect(ReadingTime.wordCount(text) == text.split(whereSeparator: \.isWhitespace).count)
    }
}
