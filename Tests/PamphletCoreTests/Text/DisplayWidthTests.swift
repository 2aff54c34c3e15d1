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

    @Test func tableIsSortedAndDisjoint() {
        for table in [WidthTable.wide, WidthTable.zeroWidth, WidthTable.wideWithVariationSelector16] {
            for (previous, next) in zip(table, table.dropFirst()) {
                #expect(previous.upperBound < next.lowerBound)
            }
        }
    }
}
