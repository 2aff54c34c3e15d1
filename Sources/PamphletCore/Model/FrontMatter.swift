/// The YAML front matter of an article.
public struct FrontMatter: Sendable, Equatable {
    public var title: String
    public var summary: String?
    /// BCP 47-ish language code; `en` by default. Drives stemming in search.
    public var language: String
    /// The line of `language:` in the file; nil when the article has none (and so is `en`).
    public var languageLine: Int?
    public var publisher: String?
    public var source: String?
    /// `reviewed` as written (`YYYY-MM-DD`).
    public var reviewed: String?
    public var keywords: [String]
    /// Shown as a banner with the article (e.g. "call or text 988").
    public var crisis: String?
    /// Shown at the top or bottom of the article.
    public var disclaimer: String?
    /// Heading text of the FAQ section when it is not "Frequently Asked Questions…", "FAQ…" or "Preguntas frecuentes…".
    public var faqHeading: String?
    /// Keys this version does not know, with their lines; `check` reports them.
    public var unknownKeys: [(key: String, line: Int)]

    public static let knownKeys: Set<String> = [
        "title", "summary", "language", "publisher", "source", "reviewed",
        "keywords", "crisis", "disclaimer", "faq",
    ]

    public init(title: String, summary: String? = nil, language: String = "en",
                publisher: String? = nil, source: String? = nil, reviewed: String? = nil,
                keywords: [String] = [], crisis: String? = nil, disclaimer: String? = nil,
                faqHeading: String? = nil, unknownKeys: [(key: String, line: Int)] = []) {
        self.title = title
        self.summary = summary
        self.language = language
        self.publisher = publisher
        self.source = source
        self.reviewed = reviewed
        self.keywords = keywords
        self.crisis = crisis
        self.disclaimer = disclaimer
        self.faqHeading = faqHeading
        self.unknownKeys = unknownKeys
    }

    public static func == (a: FrontMatter, b: FrontMatter) -> Bool {
        a.title == b.title && a.summary == b.summary && a.language == b.language
            && a.publisher == b.publisher && a.source == b.source && a.reviewed == b.reviewed
            && a.keywords == b.keywords && a.crisis == b.crisis && a.disclaimer == b.disclaimer
            && a.faqHeading == b.faqHeading
            && a.unknownKeys.map(\.key) == b.unknownKeys.map(\.key)
            && a.unknownKeys.map(\.line) == b.unknownKeys.map(\.line)
    }
}
