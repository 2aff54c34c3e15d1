import Testing
@testable import PamphletCore

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws(JSONParseError) -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    /// Item 9: Foundation kept the first "consent", Python and JavaScript the last.
    @Test func aKeyGivenTwiceIsRefusedNamingTheKey() {
        #expect(throws: JSONParseError.self) { try parse(#"{"consent": true, "consent": false}"#) }
        do {
            _ = try parse(#"{"name": "Dup One", "name": "Dup Two"}"#)
        } catch {
            #expect(error.message == #"the key "name" appears twice in one object at byte 21"#)
        }
        #expect(throws: Never.self) { try parse(#"[{"a": 1}, {"a": 2}]"#) }
    }

    @Test func numbersKeepTheirTextAndObjectsTheirOrder() throws {
        let value = try parse(#"{"z": 12345678901234567890, "a": 1.0, "m": -0.5e-3, "big": 1e400}"#)
        #expect(value == .object([JSONMember(key: "z", value: .number("12345678901234567890")),
                                  JSONMember(key: "a", value: .number("1.0")),
                                  JSONMember(key: "m", value: .number("-0.5e-3")),
                                  JSONMember(key: "big", value: .number("1e400"))]))
        #expect(JSONWriter.compact(value) == Array(#"{"z":12345678901234567890,"a":1.0,"m":-0.5e-3,"big":1e400}"#.utf8))
    }

    @Test func stringsRoundTripThroughEscapes() throws {
        let value = try parse(#"["tab\there", "quote \" slash \/ \\", "\u00e9\ud83d\ude00", "line\nend", "\u0000"]"#)
        #expect(value == .array([.string("tab\there"), .string("quote \" slash / \\"), .string("é😀"),
                                 .string("line\nend"), .string("\u{0}")]))
        #expect(try JSONParser.parse(JSONWriter.compact(value)) == value)
        #expect(!JSONWriter.compact(value).contains(0x0A))
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "1e", "tru", "\"unterminated", "[1] 2",
        "\"raw\ncontrol\"", "\"\\ud800 lone\"", "\"\\x\"", "{\"a\":1,}", "NaN",
    ])
    func malformedJSONIsRefused(_ text: String) {
        #expect(throws: JSONParseError.self) { try parse(text) }
    }

    @Test func invalidUTF8IsRefusedNotReplaced() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0x5A, 0x6F, 0xEB, 0x22]) }
    }

    /// Repairs that keep the byte count (a cut-short 4-byte sequence becomes one
    /// 3-byte U+FFFD), overlong forms and encoded surrogates are refused too.
    @Test(arguments: [[0xF0, 0x90, 0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xEF, 0xBF], [0x80]] as [[UInt8]])
    func malformedSequencesAreRefused(sequence: [UInt8]) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0x61] + sequence + [0x62, 0x22]) }
    }

    @Test func validMultiByteTextIsKept() throws {
        #expect(try parse(#""Zoë 山田 𝄞 \u00e9""#) == .string("Zoë 山田 𝄞 é"))
        #expect(try parse(#"{"nombre": "José"}"#)["nombre"] == .string("José"))
    }

    @Test func nestingDeeperThanTheLimitIsRefusedWithoutRecursingOn() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try parse(deep) }
        let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try parse(fine) }
    }

    @Test func aBadListElementIsIsolatedFromItsNeighbours() throws {
        let text = #"{"format": "x", "requests": [{"a": 1}, {"b": 1, "b": 2}, [[["#
            + String(repeating: "[", count: 80) + String(repeating: "]", count: 83) + #", {"c": "]"}]}"#
        let parsed = try JSONParser.parseIsolatingElements(Array(text.utf8), ofListAt: "requests")
        #expect(parsed.members == [JSONMember(key: "format", value: .string("x"))])
        let elements = try #require(parsed.elements)
        #expect(elements.count == 4)
        if case .value(let first) = elements[0] { #expect(first["a"] == .number("1")) } else { Issue.record("first unreadable") }
        if case .unreadable(let raw, _) = elements[1] { #expect(raw == Array(#"{"b": 1, "b": 2}"#.utf8)) } else { Issue.record("duplicate read") }
        if case .unreadable = elements[2] {} else { Issue.record("too deep read") }
        if case .value(let last) = elements[3] { #expect(last["c"] == .string("]")) } else { Issue.record("last unreadable") }
    }
}
