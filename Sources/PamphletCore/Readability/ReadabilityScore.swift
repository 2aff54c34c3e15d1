/// Readability of a text by two formulas that health-literacy guidance uses
/// (NIH and AMA recommend patient material at school grade 6 to 8):
///
/// - Flesch-Kincaid grade level:
///   `0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59`
/// - SMOG grade (McLaughlin 1969, the continuous form):
///   `1.0430 × √(polysyllables × 30 / sentences) + 3.1291`,
///   where a polysyllable is a word of three or more syllables. SMOG was
///   normed on samples of 30 sentences; with fewer it is less reliable, and
///   `isSMOGReliable` says so.
///
/// Words are runs of letters (with inner apostrophes and hyphens); numbers are
/// not words. Sentences end at `.`, `!` or `?` followed by a space or the end
/// of the text; a paragraph or heading without such a mark still counts as one
/// sentence, because `add(sentencesOf:)` is called once per block.
/// Syllables are counted by `SyllableCounter`'s spelling rules.
public struct ReadabilityScore: Sendable, Equatable {
    public private(set) var words = 0
    public private(set) var sentences = 0
    public private(set) var syllables = 0
    public private(set) var polysyllables = 0

    public init() {}

    public init(text: String) {
        self.init()
        add(text)
    }

    /// Adds one block of text (a paragraph, a list item, a heading).
    public mutating func add(_ text: String) {
        var sentenceHasWords = false
        var word = ""
        func endWord() {
            guard word.contains(where: \.isLetter) else { word = ""; return }
            let count = SyllableCounter.count(word)
            words += 1
            syllables += count
            if count >= 3 { polysyllables += 1 }
            sentenceHasWords = true
            word = ""
        }
        let characters = Array(text)
        for (i, c) in characters.enumerated() {
            let next: Character? = i + 1 < characters.count ? characters[i + 1] : nil
            if c.isLetter || ((c == "'" || c == "’" || c == "-") && !word.isEmpty && (next?.isLetter ?? false)) {
                word.append(c)
                continue
            }
            endWord()
            if c == "." || c == "!" || c == "?" {
                let atBoundary = next == nil || next!.isWhitespace || next == "\"" || next == "”" || next == ")"
                if atBoundary && sentenceHasWords {
                    sentences += 1
                    sentenceHasWords = false
                }
            }
        }
        endWord()
        if sentenceHasWords { sentences += 1 }
    }

    public mutating func add(_ other: ReadabilityScore) {
        words += other.words
        sentences += other.sentences
        syllables += other.syllables
        polysyllables += other.polysyllables
    }

    /// Nil when the text has no words.
    public var fleschKincaidGrade: Double? {
        guard words > 0, sentences > 0 else { return nil }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// Nil when the text has no sentences.
    public var smogGrade: Double? {
        guard sentences > 0 else { return nil }
        return 1.0430 * (Double(polysyllables) * 30 / Double(sentences)).squareRoot() + 3.1291
    }

    public var isSMOGReliable: Bool { sentences >= 30 }
}
