import PamphletCore

/// One line of editable text: the find prompt, the search box, the form's fields.
///
/// Edits by grapheme cluster, so "Zoë 山田" and emoji move and delete as a reader
/// sees them. Keys follow readline habits: ←/→, Home/End (and Ctrl-A/Ctrl-E),
/// Backspace/Delete, Ctrl-U (to start), Ctrl-K (to end), Ctrl-W (word before).
/// Control characters are never inserted: pasted text is sanitized on the way in.
public struct TextField: Sendable, Equatable {
    private var editor: EditableText

    public var text: String { editor.text }
    /// Cursor position in graphemes, 0...text.count.
    public private(set) var cursor: Int {
        get { editor.cursor }
        set { editor.cursor = newValue }
    }
    /// Longest text accepted, in graphemes; typing past it does nothing.
    public var maxLength: Int {
        get { editor.maxLength }
        set { editor.maxLength = newValue }
    }

    public init(_ text: String = "", maxLength: Int = 500) {
        editor = EditableText(maxLength: maxLength)
        replace(with: text)
    }

    public var isEmpty: Bool { text.isEmpty }

    /// Sets the whole text, sanitized and cut to `maxLength`; the cursor goes to the end.
    public mutating func replace(with newText: String) {
        editor.replace(with: Self.insertable(newText))
    }

    /// Applies an editing key. Returns false for keys a text field does not use
    /// (Enter, Tab, Esc, ↑/↓...), so the screen can handle them.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .paste(let text): insert(text)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            remove(cursor - 1..<cursor)
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            remove(cursor..<cursor + 1)
        case .control("u"): remove(0..<cursor)
        case .control("k"): remove(cursor..<text.count)
        case .control("w"): remove(wordStart(before: cursor)..<cursor)
        default: return false
        }
        return true
    }

    /// Inserts text at the cursor (typing or a paste), sanitized and within `maxLength`.
    public mutating func insert(_ typed: String) {
        editor.insert(Self.insertable(typed))
    }

    /// Draws the field in `width` columns from (x, y), scrolled so the cursor is
    /// visible, with `placeholder` (dimmed by the caller's style) when empty.
    /// When `focused`, sets the frame's cursor.
    public func draw(into frame: inout Frame, x: Int, y: Int, width: Int, style: Style,
                     placeholder: String = "", placeholderStyle: Style = Style(dim: true), focused: Bool) {
        guard width > 0 else { return }
        frame.fill(y: y, from: x, to: x + width, style: style)
        if text.isEmpty {
            frame.put(placeholder.truncated(toWidth: width - 1), x: x, y: y, style: placeholderStyle, maxX: x + width)
            if focused { frame.cursor = (x, y) }
            return
        }
        let graphemes = Array(text)
        // Scroll so the cursor column (plus one cell for it) fits in the width.
        var first = 0
        var cursorColumn = graphemes[0..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        while cursorColumn >= width && first < cursor {
            cursorColumn -= DisplayWidth.of(graphemes[first])
            first += 1
        }
        frame.put(String(graphemes[first...]), x: x, y: y, style: style, maxX: x + width)
        if focused { frame.cursor = (x + cursorColumn, y) }
    }

    private mutating func remove(_ range: Range<Int>) {
        editor.remove(range)
    }

    /// Start of the word before `position`: skip spaces, then non-spaces (readline's Ctrl-W).
    private func wordStart(before position: Int) -> Int {
        editor.wordStart(before: position, gap: \.isWhitespace)
    }

    /// What may go into a one-line field: no newlines or tabs (they become spaces)
    /// and no control or bidi-override characters (they are dropped).
    static func insertable(_ typed: String) -> String {
        var out = ""
        out.reserveCapacity(typed.utf8.count)
        for character in typed {
            if character == "\n" || character == "\r\n" || character == "\t" {
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
