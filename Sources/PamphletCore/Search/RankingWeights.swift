/// The knobs of BM25F ranking, tuned on the relevance question set in the tests.
public struct RankingWeights: Sendable, Equatable {
    /// Field weights: an FAQ question counts more than its keywords, which count more than
    /// a section heading, which counts more than body text.
    public var question = 4.0
    public var keywords = 3.0
    public var heading = 2.5
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

    public init() {}

    public static let standard = RankingWeights()

    func fieldWeight(_ field: Int, kind: SearchDocumentKind) -> Double {
        switch SearchField(rawValue: field)! {
        case .title: kind == .faq ? question : heading
        case .keywords: keywords
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
