/// The knobs of ranking, tuned on the tuning half of the search evaluation in the tests.
public struct RankingWeights: Sendable, Equatable {
    /// Field weights: an FAQ question and a section heading count the same (so that FAQs
    /// and sections compete on one score), an FAQ's keywords a little less, the headings a
    /// section sits under less again, body text least but for the article's own fields.
    public var question = 3.0
    public var keywords = 2.5
    public var heading = 3.0
    public var parentHeadings = 1.0
    public var articleTitle = 0.4
    public var body = 1.0
    /// BM25 term-frequency saturation, and length normalisation per field.
    public var k1 = 1.2
    public var titleLengthNormalization = 0.3
    public var bodyLengthNormalization = 0.75
    /// Multiplier when every (non-stop) query word matched, in a query of two or more.
    public var allWordsBonus = 1.3
    /// Multiplier at best for query words found next to each other in one field.
    public var proximityBonus = 0.25
    /// Multiplier when the query is the FAQ question or heading word for word.
    public var exactTitleBonus = 1.6
    /// How much the whole article's match (each word's best document in it) adds to a
    /// document's own score.
    public var articleEvidence = 0.3
    /// Weight of the article's title and keywords in the article-level match.
    public var articleTopic = 2.0
    /// Share of a word's document score when the word is in the article's own fields.
    public var topicWordInDocument = 1.0
    /// A topic word is a content word found in at most one article in this many.
    public var topicWordArticleShare = 3.0
    /// Multiplier for documents of an article that lacks the query's topic word.
    public var missingTopicWord = 0.3
    /// Multiplier for articles in another language than the query's.
    public var otherLanguage = 0.5
    /// Multiplier for a heading with no text of its own (its children answer).
    public var emptySection = 0.5
    /// Multiplier for an article's introduction, the text under its title.
    public var introduction = 0.6

    /// Weight of the query's cosine with a document, against the words' score as a share
    /// of the best one (`SearchEngine.semanticallyReranked`). Cosines of one query's
    /// candidates differ by hundredths, so it is large.
    public var semantic = 30.0

    public init() {}

    public static let standard = RankingWeights()

    func fieldWeight(_ field: Int, kind: SearchDocumentKind) -> Double {
        switch SearchField(rawValue: field)! {
        case .title: kind == .faq ? question : heading
        case .keywords: kind == .faq ? keywords : parentHeadings
        case .articleTitle: articleTitle
        case .body: body
        }
    }

    func lengthNormalization(_ field: Int) -> Double {
        switch SearchField(rawValue: field)! {
        case .title, .keywords: titleLengthNormalization
        case .articleTitle: 0
        case .body: bodyLengthNormalization
        }
    }
}
