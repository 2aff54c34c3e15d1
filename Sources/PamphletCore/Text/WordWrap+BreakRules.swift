extension WordWrap {
    /// Spaces a line may break at; no-break spaces are not among them.
    static func isBreakingSpace(_ character: Character) -> Bool {
        guard character.isWhitespace, !character.isNewline else { return false }
        return !["\u{00A0}", "\u{2007}", "\u{202F}", "\u{FEFF}"].contains(character)
    }

    /// CJK text breaks between ideographs, except before closing and after opening punctuation.
    static func canBreak(between left: Character, and right: Character) -> Bool {
        guard isIdeographic(left) || isIdeographic(right) else { return false }
        return !noBreakBefore.contains(right) && !noBreakAfter.contains(left)
    }

    /// A wide character that is not an emoji: CJK ideographs, kana, fullwidth forms.
    static func isIdeographic(_ character: Character, width: Int? = nil) -> Bool {
        guard let scalar = character.unicodeScalars.first, scalar.value >= 0x80,
              !scalar.properties.isEmojiPresentation else { return false }
        return (width ?? DisplayWidth.of(character)) == 2
    }

    static let noBreakBefore: Set<Character> = [
        "、", "。", "，", "．", "：", "；", "？", "！", "）", "」", "』", "】", "〕", "〉", "》", "ー", "々",
        "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ",
        ")", "]", ",", ".", ":", ";", "?", "!", "…", "”", "’",
    ]
    static let noBreakAfter: Set<Character> = ["（", "「", "『", "【", "〔", "〈", "《", "(", "[", "“", "‘"]
}
