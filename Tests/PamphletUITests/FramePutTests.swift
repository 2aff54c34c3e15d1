import PamphletCore
import Testing
@testable import PamphletUI

/// `Frame.put` takes a shortcut for ASCII text; whatever the text, the cells must
/// be what placing one grapheme cluster at a time gives.
@Suite struct FramePutTests {
    static let samples = [
        "Ketamine therapy can feel dreamlike.",
        "e\u{301}clair and Zoe\u{308}: accents after ASCII letters",
        "the individual\u{2019}s treatment goals",
        "山田 and 東京, wide between narrow",
        "flags 🇺🇸 and a family 👨‍👩‍👧 in ASCII",
        "a\u{301}",
        "x",
        "",
        "ends with a mark\u{301}",
    ]

    @Test(arguments: [0, 3, 7, 12, 40])
    func matchesPlacingOneGraphemeAtATime(limit: Int) {
        for text in Self.samples {
            for x in [-2, 0, 5] {
                var fast = Frame(width: 40, height: 1)
                let end = fast.put(text, x: x, y: 0, style: .plain, maxX: limit)
                var slow = Frame(width: 40, height: 1)
                let expectedEnd = Self.referencePut(text, x: x, into: &slow, limit: limit)
                #expect(fast.cells == slow.cells, "\(text) at x \(x), limit \(limit)")
                #expect(end == expectedEnd, "\(text) at x \(x), limit \(limit)")
            }
        }
    }

    /// The rule written out plainly: each grapheme takes its display width in
    /// cells; one that would cross the limit is replaced by spaces up to it.
    static func referencePut(_ text: String, x: Int, into frame: inout Frame, limit: Int) -> Int {
        var column = x
        for grapheme in text {
            let width = DisplayWidth.of(grapheme)
            if width == 0 { continue }
            if column + width > limit {
                while column < limit { if column >= 0 { frame[column, 0] = Cell(" ") }; column += 1 }
                return column
            }
            if column >= 0 {
                frame[column, 0] = Cell(String(grapheme))
                if width == 2 { frame[column + 1, 0] = Cell("") }
            }
            column += width
        }
        return column
    }
}
