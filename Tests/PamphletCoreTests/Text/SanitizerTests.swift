import Testing
@testable import PamphletCore

@Suite struct SanitizerTests {
    @Test func cleanTextIsReturnedUnchanged() {
        let text = "Ketamine therapy: what it feels like.\n\tIndented — and “quoted”, 山田, 👍🏽."
        #expect(Sanitizer.clean(text) == text)
        #expect(!Sanitizer.needsCleaning(text))
        #expect(Sanitizer.findings(in: text).isEmpty)
    }

    /// The check reads eight bytes at a time: every byte that must be replaced is found at
    /// every offset of a word and of the tail, and tab, line feed and letters never are.
    @Test func everyReplacedByteIsFoundAtEveryOffset() {
        let replaced: [UInt8] = Array(0x00..<0x09) + Array(0x0B..<0x20) + [0x7F]
        for length in 1...19 {
            for offset in 0..<length {
                for byte in replaced + [0x09, 0x0A, UInt8(ascii: "~"), UInt8(ascii: " ")] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[offset] = byte
                    let text = String(decoding: bytes, as: UTF8.self)
                    #expect(Sanitizer.needsCleaning(text) == replaced.contains(byte), "byte \(byte) at \(offset) of \(length)")
                }
            }
        }
        // A non-ASCII word still reaches the C1 and format-character scan.
        #expect(Sanitizer.needsCleaning("abcdefgh\u{202E}ijklmnop"))
        #expect(!Sanitizer.needsCleaning("abcdefgh\u{00E9}ijklmnop"))
    }

    @Test func clearScreenSequenceIsShownNotObeyed() {
        #expect(Sanitizer.clean("a\u{1B}[2Jb") == "a␛[2Jb")
    }

    @Test func osc52ClipboardWriteIsShownNotObeyed() {
        let cleaned = Sanitizer.clean("x\u{1B}]52;c;ZWNobyBoaQ==\u{07}y")
        #expect(cleaned == "x␛]52;c;ZWNobyBoaQ==␇y")
        #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func carriageReturnAndBackspaceCannotOverwrite() {
        #expect(Sanitizer.clean("safe\rEVIL") == "safe␍EVIL")
        #expect(Sanitizer.clean("abc\u{08}\u{08}X") == "abc␈␈X")
        #expect(Sanitizer.clean("a\u{7F}b") == "a␡b")
    }

    @Test func c1ControlsBecomeReplacementCharacter() {
        #expect(Sanitizer.clean("a\u{9B}31mred") == "a\u{FFFD}31mred")
        #expect(Sanitizer.clean("\u{85}") == "\u{FFFD}")
    }

    @Test func bidiOverridesAreShownByName() {
        #expect(Sanitizer.clean("abc\u{202E}fed\u{202C}") == "abc⟨RLO⟩fed⟨PDF⟩")
        #expect(Sanitizer.clean("\u{2067}x\u{2069}") == "⟨RLI⟩x⟨PDI⟩")
        // Weak marks needed by right-to-left text are kept.
        #expect(Sanitizer.clean("שלום\u{200F}!") == "שלום\u{200F}!")
    }

    @Test func newlineAndTabAreLeftForLayout() {
        #expect(Sanitizer.clean("a\n\tb") == "a\n\tb")
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xED, 0xA0, 0x80, 0x63, 0x1B]
        let cleaned = Sanitizer.clean(bytes: bytes)
        #expect(cleaned.hasPrefix("a\u{FFFD}b"))
        #expect(cleaned.hasSuffix("c␛"))
        #expect(!cleaned.unicodeScalars.contains { (0xD800...0xDFFF).contains($0.value) })
    }

    @Test func spansMarkEachPlaceholder() {
        #expect(Sanitizer.spans("a\u{1B}[2J", role: .strong) == [Span("a", .strong), Span("␛", .replaced), Span("[2J", .strong)])
        #expect(Sanitizer.spans("plain", role: .code) == [Span("plain", .code)])
        #expect(Sanitizer.spans("") == [])
    }

    @Test func findingsGiveLineColumnAndName() {
        let findings = Sanitizer.findings(in: "ok\nab\u{1B}[2J\n\u{202E}")
        #expect(findings.map(\.line) == [2, 3])
        #expect(findings.map(\.column) == [3, 1])
        #expect(findings.map(\.name) == ["ESC (U+001B)", "RLO (U+202E)"])
        #expect(findings[0].description == "2:3: ESC (U+001B) shown as ␛")
    }

    @Test func cleanedTextHasNoTerminalControls() {
        var hostile = ""
        for value in UInt32(0)...0xA0 { hostile.unicodeScalars.append(Unicode.Scalar(value)!) }
        hostile += "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{2028}\u{2029}"
        let cleaned = Sanitizer.clean(hostile)
        for scalar in cleaned.unicodeScalars where scalar != "\n" && scalar != "\t" {
            #expect(!DisplayWidth.isControl(scalar))
            #expect(Sanitizer.placeholder(for: scalar) == nil)
        }
    }
}
