import PamphletCore

/// The crisis banner's lines for a width: the article's crisis text in full when it fits
/// the rows a screen of this height can spare, else the short form ("Crisis: call/text
/// 988 · emergency 911"). Either is wrapped in full, never cut, and a number is never
/// split: word wrapping breaks only between words.
enum CrisisBanner {
    /// Rows the full text may take: a quarter of the screen, at least one.
    static func rowBudget(height: Int) -> Int { max(1, height / 4) }

    static func lines(full: String, short: String, width: Int, height: Int) -> [String] {
        let width = max(1, width)
        let fullLines = WordWrap.wrap(full, width: width)
        if fullLines.count <= rowBudget(height: height) { return fullLines }
        return WordWrap.wrap(short, width: width)
    }
}

/// Crisis help above search results or questions: the intro and every contact when there
/// is room for them and a few rows more, else the short form. Always in full.
enum CrisisPanel {
    /// At most this share of the rows goes to the full panel before it shortens.
    static func lines(for help: CrisisHelp, width: Int, rows: Int) -> [String] {
        let width = max(1, width)
        var full = WordWrap.wrap(help.wording.intro, width: width)
        for line in help.contactLines {
            full += WordWrap.wrap(line, width: max(1, width - 2)).enumerated().map { ($0 == 0 ? "• " : "  ") + $1 }
        }
        if full.count <= rows / 2 { return full }
        return WordWrap.wrap(help.shortText, width: width)
    }

    /// The consult form's review and confirmation: why help is shown, then every contact.
    static func consultLines(for help: CrisisHelp, width: Int) -> [String] {
        let width = max(1, width)
        var lines = WordWrap.wrap(help.wording.consultNotice, width: width)
        for line in help.contactLines {
            lines += WordWrap.wrap(line, width: max(1, width - 2)).enumerated().map { ($0 == 0 ? "• " : "  ") + $1 }
        }
        return lines
    }

    /// Draws the panel's lines from `y` and a rule under them; returns the first row after it.
    static func draw(_ lines: [String], into frame: inout Frame, column: ReadingColumn, y: Int, theme: Theme) -> Int {
        for (offset, line) in lines.enumerated() {
            frame.put(line, x: column.x, y: y + offset, style: theme.crisisText, maxX: column.maxX)
        }
        let ruleY = y + lines.count
        frame.put(String(repeating: "─", count: column.width), x: column.x, y: ruleY, style: theme.subtle, maxX: column.maxX)
        return ruleY + 1
    }
}
