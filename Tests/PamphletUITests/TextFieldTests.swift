import Testing
@testable import PamphletUI
import PamphletCore

@Suite("Text field editing")
struct TextFieldTests {
    private func typed(_ text: String, into field: TextField = TextField()) -> TextField {
        var field = field
        for character in text { _ = field.handle(.character(character)) }
        return field
    }

    @Test func wideAndCombiningCharactersEditAsOneEach() {
        var field = typed("Zoe\u{308} 山田")
        #expect(field.text == "Zoe\u{308} 山田")
        #expect(field.cursor == 6)
        _ = field.handle(.backspace)
        #expect(field.text == "Zoe\u{308} 山")
        _ = field.handle(.home)
        _ = field.handle(.right); _ = field.handle(.right)
        _ = field.handle(.delete)
        #expect(field.text == "Zo 山", "the e with its combining diaeresis goes as one")
    }

    @Test func readlineKeys() {
        var field = typed("call me after five")
        _ = field.handle(.control("w"))
        #expect(field.text == "call me after ")
        _ = field.handle(.control("w"))
        #expect(field.text == "call me ")
        _ = field.handle(.left); _ = field.handle(.left)
        _ = field.handle(.control("k"))
        #expect(field.text == "call m")
        _ = field.handle(.control("u"))
        #expect(field.text == "")
        #expect(field.cursor == 0)
    }

    @Test func keysAFieldDoesNotUseAreLeftToTheScreen() {
        var field = TextField("x")
        for key in [Key.enter, .tab, .backTab, .escape, .up, .down, .pageDown, .function(1)] {
            #expect(field.handle(key) == false)
        }
        #expect(field.text == "x")
    }

    @Test func pastedControlCharactersAreDroppedAndNewlinesBecomeSpaces() {
        var field = TextField()
        field.insert("Ann\u{1B}[2J\nLee\u{202E}\u{7}")
        #expect(field.text == "Ann[2J Lee")
    }

    @Test func lengthIsCappedForTypingAndPaste() {
        var field = TextField(maxLength: 5)
        field.insert(String(repeating: "a", count: 1_000_000))
        #expect(field.text == "aaaaa")
        _ = field.handle(.character("b"))
        #expect(field.text == "aaaaa")
    }

    @Test func drawScrollsToKeepTheCursorVisible() {
        let field = typed("山田太郎です")   // 12 columns
        var frame = Frame(width: 8, height: 1)
        field.draw(into: &frame, x: 0, y: 0, width: 8, style: .plain, focused: true)
        #expect(frame.lines == ["郎です  "])
        #expect(frame.cursor?.x == 6)
    }

    @Test func emptyFieldShowsThePlaceholder() {
        var frame = Frame(width: 12, height: 1)
        TextField().draw(into: &frame, x: 1, y: 0, width: 10, style: .plain, placeholder: "Your name", focused: true)
        #expect(frame.lines == [" Your name  "])
        #expect(frame.cursor?.x == 1)
    }
}
