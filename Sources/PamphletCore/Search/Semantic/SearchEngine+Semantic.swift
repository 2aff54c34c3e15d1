/// Meaning as well as words, for a library whose documents have vectors: the encoder of
/// queries and the documents' passage vectors.
public struct SemanticRanking: Sendable {
    public var encoder: any SentenceEncoder
    public var vectors: SemanticVectors

    public init(encoder: any SentenceEncoder, vectors: SemanticVectors) {
        self.encoder = encoder
        self.vectors = vectors
    }
}

extension SearchEngine {
    /// How many first-pass candidates the meaning re-ranks: the words find the place, or
    /// one near it, among about this many; the meaning says which of them answers.
    static let semanticShortlist = 40

    /// The shortlist ordered by the words' score (as a share of the best) plus the weighted
    /// cosine of the query with each document. The words pick the candidates and keep what
    /// they are best at (a bare keyword, a typo, a rare name); the meaning bridges a
    /// patient's words to the article's ("sutures wet" and "Washing and showering").
    /// Nil, leaving the words' order, when a candidate has no vector (its text changed
    /// since `pamphlet index`) or the query cannot be encoded.
    func semanticallyReranked(_ entries: [Reranked], query: String, semantic: SemanticRanking) throws(SearchIndexError) -> [Reranked]? {
        guard let best = entries.map(\.score).max(), best > 0 else { return nil }
        var titles: [Int: String] = [:]
        var slots: [Int] = []
        for entry in entries {
            let articleTitle: String
            if let known = titles[entry.article] {
                articleTitle = known
            } else {
                articleTitle = try index.article(entry.article).title
                titles[entry.article] = articleTitle
            }
            let passage = SemanticPassage.text(articleTitle: articleTitle, title: entry.text.title, body: entry.text.body)
            guard let slot = semantic.vectors.slot(of: SemanticPassage.hash(passage)) else { return nil }
            slots.append(slot)
        }
        guard let vector = semantic.encoder.embed(query: query), vector.count == semantic.vectors.dimension else { return nil }
        var cosines = slots.map { semantic.vectors.cosine(vector, slot: $0) }
        // A heading with no text of its own means only its title; its children answer.
        let lowest = cosines.min() ?? 0
        for (position, entry) in entries.enumerated() where entry.text.body.allSatisfy(\.isWhitespace) {
            cosines[position] = lowest
        }
        var fused = entries
        for position in fused.indices {
            fused[position].score = entries[position].score / best + weights.semantic * cosines[position]
            fused[position].similarity = cosines[position]
        }
        fused.sort(by: Self.ranksBefore)
        return fused
    }
}
