/// What `pamphlet faq` does with a question: answer it from the best FAQ or section when
/// the engine is confident, else say it is not sure and point at the closest questions.
public enum QuestionAnswer: Sendable, Equatable {
    /// The best result, and the ranked results it came first among.
    case answer(SearchResult, ranked: [SearchResult])
    /// Nothing the engine is sure of: the closest places (weak results first, else the
    /// FAQ questions that look most like the words typed).
    case unsure(closest: [SearchResult], ranked: [SearchResult])

    /// The least confidence at which `faq` prints an answer.
    public static let answeringConfidence = SearchConfidence.medium
}

extension SearchEngine {
    /// The answer to `question` from FAQs and sections alike, as `pamphlet faq` gives it.
    public func answer(_ question: String, article: String? = nil, limit: Int = 10) throws(SearchIndexError) -> QuestionAnswer {
        let ranked = try search(question, options: SearchOptions(limit: limit, article: article))
        if let best = ranked.first, best.confidence >= QuestionAnswer.answeringConfidence {
            return .answer(best, ranked: ranked)
        }
        let closest = ranked.isEmpty ? try closestQuestions(to: question, article: article, limit: 3) : Array(ranked.prefix(3))
        return .unsure(closest: closest, ranked: ranked)
    }
}
