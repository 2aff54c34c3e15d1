import PamphletCore

/// Several lines of editable text: the consult form's message.
///
/// Like `TextField` it edits by grapheme cluster and never inserts control
/// characters, but Enter starts a new line and long lines wrap at word
/// boundaries to the width the caller gives. ↑/↓ move between wrapped rows
/// and report `false` at the first and last row, so the form can move to
/// the field before or after. Home/End (Ctrl-A/Ctrl-E) go to the start and
/// end of the row; Ctrl-U and Ctrl-K delete to the start and end of the line.
public struct TextArea: Sendable, Equatable {
    private var editor: EditableText

    public var text: String { editor.text }
    /// Cursor position in graphemes, 0...text.count.
    public private(set) var cursor: Int {
        get { editor.cursor }
        set { editor.cursor = newValue }
    }
    /// Longest text accepted, in graphemes (a line break counts as one).
    public var maxLength: Int {
        get { editor.maxLength }
        set { editor.maxLength = newValue }
    }

    public init(_ text: String = "", maxLength: Int = 2_000) {
        editor = EditableText(maxLength: maxLength)
        replace(with: text)
    }

    public var isEmpty: Bool { text.isEmpty }
    public var count: Int { text.count }

    /// Sets the whole text, sanitized and cut to `maxLength`; the cursor goes to the end.
    public mutating func replace(with newText: String) {
        editor.replace(with: Self.insertable(newText))
    }

    /// Applies an editing key with the text wrapped to `width` columns. Returns
    /// false for keys it does not use, and for ↑ on the first row or ↓ on the last.
    public mutating func handle(_ key: Key, width: Int) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .paste(let text): insert(text)
        case .enter: insert("\n")
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .up, .down:
            let rows = Self.rows(of: Array(text), width: width)
            let row = Self.row(containing: cursor, in: rows)
            let target = key == .up ? row - 1 : row + 1
            guard rows.indices.contains(target) else { return false }
            cursor = Self.position(atColumn: column(of: cursor, in: rows[row]), in: rows[target], of: Array(text))
        case .home, .control("a"):
            let rows = Self.rows(of: Array(text), width: width)
            cursor = rows[Self.row(containing: cursor, in: rows)].lowerBound
        case .end, .control("e"):
            let rows = Self.rows(of: Array(text), width: width)
            cursor = rows[Self.row(containing: cursor, in: rows)].upperBound
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            remove(cursor - 1..<cursor)
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            remove(cursor..<cursor + 1)
        case .control("u"): remove(lineStart(before: cursor)..<cursor)
        case .control("k"): remove(cursor..<lineEnd(after: cursor))
        case .control("w"): remove(wordStart(before: cursor)..<cursor)
        default: return false
        }
        return true
    }

    /// Inserts text at the cursor (typing or a paste), sanitized and within `maxLength`.
    public mutating func insert(_ typed: String) {
        editor.insert(Self.insertable(typed))
    }

    /// Number of rows the text takes when wrapped to `width`.
    public func rowCount(width: Int) -> Int {
        Self.rows(of: Array(text), width: width).count
    }

    /// Draws `height` rows of the text wrapped to `width` from (x, y), scrolled so the
    /// cursor's row shows; the placeholder (first row) when empty. When `focused`,
    /// sets the frame's cursor.
    public func draw(into frame: inout Frame, x: Int, y: Int, width: Int, height: Int, style: Style,
                     placeholder: String = "", placeholderStyle: Style = Style(dim: true), focused: Bool) {
        guard width > 0, height > 0 else { return }
        for row in 0..<height { frame.fill(y: y + row, from: x, to: x + width, style: style) }
        if text.isEmpty {
            frame.put(placeholder.truncated(toWidth: width - 1), x: x, y: y, style: placeholderStyle, maxX: x + width)
            if focused { frame.cursor = (x, y) }
            return
        }
        let graphemes = Array(text)
        let rows = Self.rows(of: graphemes, width: width)
        let cursorRow = Self.row(containing: cursor, in: rows)
        let first = max(0, cursorRow - height + 1)
        for (offset, range) in rows[first...].prefix(height).enumerated() {
            let shown = graphemes[range].filter { $0 != "\n" }
            frame.put(String(shown), x: x, y: y + offset, style: style, maxX: x + width)
        }
        if focused {
            frame.cursor = (x + min(width - 1, column(of: cursor, in: rows[cursorRow])), y + cursorRow - first)
        }
    }

    // MARK: Rows

    /// The text cut into display rows: each logical line wrapped after the last
    /// space that fits (or mid-word when a word is wider than the row). A row's
    /// range excludes the line break that ends it, so the cursor can sit at its end.
    static func rows(of graphemes: [Character], width: Int) -> [Range<Int>] {
        let width = max(1, width - 1)  // one cell for the cursor after the last character
        var rows: [Range<Int>] = []
        var start = 0
        var used = 0
        var lastSpace: Int?
        var index = 0
        while index < graphemes.count {
            let character = graphemes[index]
            if character == "\n" {
                rows.append(start..<index)
                start = index + 1; used = 0; lastSpace = nil
                index += 1
                continue
            }
            let w = DisplayWidth.of(character)
            if used + w > width, index > start {
                let breakAfter = lastSpace.map { $0 + 1 } ?? index
                rows.append(start..<breakAfter)
                start = breakAfter; used = 0; lastSpace = nil
                index = breakAfter
                continue
            }
            if character == " " { lastSpace = index }
            used += w
            index += 1
        }
        rows.append(start..<graphemes.count)
        return rows
    }

    /// The row the cursor is on; at a soft wrap it belongs to the later row.
    static func row(containing position: Int, in rows: [Range<Int>]) -> Int {
        rows.lastIndex { $0.lowerBound <= position } ?? 0
    }

    private func column(of position: Int, in row: Range<Int>) -> Int {
        Array(text)[row.lowerBound..<min(position, row.upperBound)].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// The position in `row` nearest to display column `column` (never inside a wide character).
    private static func position(atColumn column: Int, in row: Range<Int>, of graphemes: [Character]) -> Int {
        var used = 0
        for index in row {
            let w = DisplayWidth.of(graphemes[index])
            if used + w > column { return index }
            used += w
        }
        return row.upperBound
    }

    // MARK: Editing

    private mutating func remove(_ range: Range<Int>) {
        editor.remove(range)
    }

    private func lineStart(before position: Int) -> Int {
        let graphemes = Array(text)
        var index = position
        while index > 0, graphemes[index - 1] != "\n" { index -= 1 }
        return index
    }

    private func lineEnd(after position: Int) -> Int {
        let graphemes = Array(text)
        var index = position
        while index < graphemes.count, graphemes[index] != "\n" { index += 1 }
        return index
    }

    /// Only spaces are skipped, so Ctrl-W never joins a line to the one before.
    private func wordStart(before position: Int) -> Int {
        editor.wordStart(before: position, gap: { $0 == " " })
    }

    /// What may go into the message: line breaks become "\n", tabs spaces, and
    /// other control or bidi-override characters are dropped.
    static func insertable(_ typed: String) -> String {
        var out = ""
        out.reserveCapacity(typed.utf8.count)
        for character in typed {
            if character == "\n" || character == "\r\n" || character == "\r" {
                out.append("\n")
            } else if character == "\t" {
                out.append(" ")
            } else if character.unicodeScalars.contains(where: { Sanitizer.placeholder(for: $0) != nil }) {
                continue
            } else {
                out.append(character)
            }
        }
        return out
    }
}
