import Testing
@testable import PamphletCore

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("Hello, world!") == 13)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func cjkIdeographsAreTwoColumns() {
        #expect(DisplayWidth.of("山田") == 4)
        #expect(DisplayWidth.of("山田さん") == 8)
        #expect(DisplayWidth.of("ＡＢ") == 4, "fullwidth Latin")
    }

    @Test func precomposedAndDecomposedAccentsMeasureTheSame() {
        let precomposed = "Zo\u{00EB}"
        let decomposed = "Zoe\u{0308}"
        #expect(precomposed.unicodeScalars.count != decomposed.unicodeScalars.count)
        #expect(DisplayWidth.of(precomposed) == 3)
        #expect(DisplayWidth.of(decomposed) == 3)
        #expect(DisplayWidth.of("e\u{0301}") == 1)
    }

    @Test func emojiAreTwoColumns() {
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2, "skin-tone modifier")
        #expect(DisplayWidth.of("👨‍👩‍👧‍👦") == 2, "family ZWJ sequence")
        #expect(DisplayWidth.of("🇺🇸🇪🇸") == 4, "two flags")
        #expect(DisplayWidth.of("❤️") == 2, "text symbol with VS16")
        #expect(DisplayWidth.of("❤") == 1, "text symbol without VS16")
        #expect(DisplayWidth.of("1️⃣") == 2, "keycap")
        #expect(DisplayWidth.of("🏳️‍🌈") == 2, "rainbow flag")
    }

    @Test func zeroWidthCharactersAloneMeasureZero() {
        #expect(DisplayWidth.of(Character("\u{0301}")) == 0)
        #expect(DisplayWidth.of(Character("\u{200D}")) == 0)
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
        #expect(DisplayWidth.of(Character("\u{FE0F}")) == 0)
    }

    @Test func controlsMeasureAsTheirPlaceholder() {
        for scalar in ["\u{1B}", "\u{07}", "\u{7F}", "\u{9B}", "\u{00}"].map({ $0.unicodeScalars.first! }) {
            let placeholder = Sanitizer.placeholder(for: scalar)!
            #expect(DisplayWidth.of(Character(scalar)) == DisplayWidth.of(placeholder))
        }
    }

    @Test func mixedScriptsAddUp() {
        #expect(DisplayWidth.of("a山👍e\u{0301}") == 1 + 2 + 2 + 1)
        #expect("山田".displayWidth == 4)
        #expect(DisplayWidth.of([Span("山", .strong), Span("ab")]) == 4)
    }

    /// The per-scalar shortcut for names like "Zoë 山田" must agree with measuring
    /// clusters: each scalar it accepts is its own cluster beside any other it
    /// accepts, and is as wide alone as the cluster walk says.
    @Test func theSimpleScalarShortcutMeasuresAsClustersDo() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x3041...0x3096,
                                             0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3]
        let neighbours: [Unicode.Scalar] = ["a", "é", "山", "가", "ア", "\u{2FF}"]
        for range in ranges {
            for value in stride(from: range.lowerBound, through: range.upperBound, by: range.count > 1_000 ? 13 : 1) {
                let scalar = Unicode.Scalar(value)!
                let alone = String(scalar)
                #expect(DisplayWidth.simpleScalarsWidth(alone) == DisplayWidth.of(Character(scalar)), "U+\(String(value, radix: 16))")
                for neighbour in neighbours {
                    let pair = String(scalar) + String(neighbour)
                    #expect(pair.count == 2, "U+\(String(value, radix: 16)) joins \(neighbour)")
                    #expect(DisplayWidth.simpleScalarsWidth(pair) == pair.reduce(0) { $0 + DisplayWidth.of($1) })
                }
            }
        }
        // What it does not accept goes the cluster way.
        #expect(DisplayWidth.simpleScalarsWidth("e\u{0301}") == nil)
        #expect(DisplayWidth.simpleScalarsWidth("\u{00AD}") == nil)
        #expect(DisplayWidth.of("Zoë 山田 e\u{0301}") == 10)
    }

    @Test func tableIsSortedAndDisjoint() {
        for table in [WidthTable.wide, WidthTable.zeroWidth, WidthTable.wideWithVariationSelector16] {
            for (previous, next) in zip(table, table.dropFirst()) {
                #expect(previous.upperBound < next.lowerBound)
            }
        }
    }
}
