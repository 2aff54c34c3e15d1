import Testing
@testable import PamphletUI

/// A cell keeps what an ncurses cell can show, and a frame diff names exactly the
/// cells a terminal must repaint, grouped as the backend paints them.
@Suite struct FrameChangesTests {
    @Test(arguments: ["a", " ", "é", "e\u{301}", "山", "🇺🇸", "👍🏽", "\u{FFFD}", "a\u{301}\u{302}\u{303}\u{304}"])
    func aCellShowsItsGraphemeUnchanged(grapheme: String) {
        #expect(Cell(grapheme).grapheme == grapheme)
        #expect(Cell(Character(grapheme)).grapheme == grapheme)
    }

    @Test func aCellKeepsTheFiveScalarsNcursesKeeps() {
        // A family emoji is seven scalars; ncurses shows a spacing character and four more.
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
        let cell = Cell(family)
        #expect(cell.scalarCount == Cell.maximumScalars)
        #expect(Array(cell.grapheme.unicodeScalars) == Array(family.unicodeScalars.prefix(5)))
    }

    @Test func continuationAndASCIICellsAreWhatTheirStringsMake() {
        #expect(Cell.continuation(style: .plain) == Cell(""))
        #expect(Cell.continuation(style: .plain).isContinuation)
        #expect(Cell(ascii: UInt8(ascii: "k"), style: Style(bold: true)) == Cell("k", style: Style(bold: true)))
        #expect(Cell("k") != Cell("k", style: Style(bold: true)))
    }

    private func spans(_ frame: Frame, since previous: Frame?, columns: Int = 100, rows: Int = 100) -> [ChangedSpan] {
        var spans: [ChangedSpan] = []
        frame.forEachChange(since: previous, columns: columns, rows: rows) { spans.append($0) }
        return spans
    }

    @Test func aFirstFrameIsPaintedWholeInRunsOfOneStyle() {
        var frame = Frame(width: 10, height: 2)
        frame.put("abc", x: 0, y: 0, style: Style(bold: true))
        #expect(spans(frame, since: nil) == [
            ChangedSpan(kind: .run, x: 0, y: 0, count: 3),
            ChangedSpan(kind: .run, x: 3, y: 0, count: 7),
            ChangedSpan(kind: .run, x: 0, y: 1, count: 10),
        ])
    }

    @Test func anUnchangedFrameNeedsNothingAndOneChangedWordOnlyItself() {
        var before = Frame(width: 20, height: 2)
        before.put("the first session", x: 0, y: 1)
        #expect(spans(before, since: before).isEmpty)
        var after = before
        after.put("worst", x: 4, y: 1)
        // "first" -> "worst": only the first two letters differ.
        #expect(spans(after, since: before) == [ChangedSpan(kind: .run, x: 4, y: 1, count: 2)])
    }

    @Test func wideAndCombiningGraphemesArePaintedOnTheirOwn() {
        var frame = Frame(width: 8, height: 1)
        frame.put("a山e\u{301}b", x: 0, y: 0)
        #expect(spans(frame, since: nil) == [
            ChangedSpan(kind: .run, x: 0, y: 0, count: 1),
            ChangedSpan(kind: .cell(wide: true), x: 1, y: 0, count: 1),
            ChangedSpan(kind: .cell(wide: false), x: 3, y: 0, count: 1),
            ChangedSpan(kind: .run, x: 4, y: 0, count: 4),
        ])
    }

    @Test func aCellThatStopsBeingWideIsRepainted() {
        var before = Frame(width: 4, height: 1)
        before.put("山", x: 0, y: 0)
        var after = Frame(width: 4, height: 1)
        after.put("ab", x: 0, y: 0)
        #expect(spans(after, since: before) == [ChangedSpan(kind: .run, x: 0, y: 0, count: 2)])
        // The same first letter, but its neighbour no longer continues it.
        var narrow = Frame(width: 4, height: 1)
        narrow.put("山", x: 0, y: 0)
        narrow[1, 0] = Cell(" ")
        #expect(spans(narrow, since: before).contains { $0.x == 0 })
    }

    @Test func aFrameOfAnotherSizeIsPaintedWholeAndClippedToTheTerminal() {
        let small = Frame(width: 3, height: 1)
        let large = Frame(width: 6, height: 2)
        #expect(spans(large, since: small, columns: 4, rows: 1) == [ChangedSpan(kind: .run, x: 0, y: 0, count: 4)])
    }
}
