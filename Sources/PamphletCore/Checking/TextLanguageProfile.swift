/// Whether a text reads as English or as Spanish, by counting the commonest function
/// words of each (articles, prepositions, pronouns): a topic's own words never decide.
/// Words that are common in both (a, no, me, use) are in neither list. `pamphlet check`
/// uses it to catch an article whose `language` is not the language of its text.
public struct TextLanguageProfile: Sendable, Equatable {
    public private(set) var english = 0
    public private(set) var spanish = 0

    /// Fewer hits than this say nothing: a short text can lean either way.
    public static let minimumHits = 30
    /// The winning language must have at least this many times the other's hits.
    public static let clearRatio = 3

    static let englishWords: Set<Substring> = [
        "the", "and", "of", "to", "is", "in", "you", "your", "it", "that", "for", "with", "are", "be",
        "this", "or", "if", "can", "have", "not", "on", "at", "as", "from", "will", "what", "do", "when",
        "how", "about", "they", "their", "was", "by", "an", "may", "there", "which", "would", "should",
    ]
    static let spanishWords: Set<Substring> = [
        "de", "la", "que", "el", "en", "y", "los", "las", "del", "se", "por", "un", "una", "para", "con",
        "su", "sus", "es", "lo", "al", "más", "como", "pero", "le", "les", "ya", "o", "este", "esta", "cuando",
        "puede", "usted", "si", "muy", "sin", "sobre", "también", "está", "hay", "qué",
    ]

    public init() {}

    public init(text: String) {
        add(text)
    }

    public mutating func add(_ text: String) {
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            if Self.englishWords.contains(word) { english += 1 } else if Self.spanishWords.contains(word) { spanish += 1 }
        }
    }

    /// "en" or "es" when the text is clearly that language; nil when it is short or mixed.
    public var clearLanguage: String? {
        if english >= Self.minimumHits && english >= Self.clearRatio * spanish { return "en" }
        if spanish >= Self.minimumHits && spanish >= Self.clearRatio * english { return "es" }
        return nil
    }
}
