/// What `TextField` and `TextArea` share: the text, a cursor counted in
/// grapheme clusters, a length cap, and the edits that keep the three
/// consistent. Each caller sanitizes text its own way before handing it over.
struct EditableText: Sendable, Equatable {
    private(set) var text: String = ""
    /// Cursor position in graphemes, 0...text.count.
    var cursor: Int = 0
    /// Longest text accepted, in graphemes.
    var maxLength: Int

    /// Sets the whole (sanitized) text, cut to `maxLength`; the cursor goes to the end.
    mutating func replace(with clean: String) {
        text = String(clean.prefix(maxLength))
        cursor = text.count
    }

    /// Inserts (sanitized) text at the cursor, as much as `maxLength` leaves room for.
    mutating func insert(_ clean: String) {
        let room = maxLength - text.count
        guard room > 0 else { return }
        let fitting = String(clean.prefix(room))
        guard !fitting.isEmpty else { return }
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: fitting, at: index)
        cursor += fitting.count
    }

    /// Deletes the graphemes in `range`; the cursor goes to where they were.
    mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.index(lower, offsetBy: range.count)
        text.removeSubrange(lower..<upper)
        cursor = range.lowerBound
    }

    /// Start of the word before `position` (readline's Ctrl-W): skip the gap
    /// characters, then everything up to the next whitespace.
    func wordStart(before position: Int, gap isGap: (Character) -> Bool) -> Int {
        let graphemes = Array(text)
        var index = position
        while index > 0, isGap(graphemes[index - 1]) { index -= 1 }
        while index > 0, !graphemes[index - 1].isWhitespace { index -= 1 }
        return index
    }
}
