/// When no FAQ matches at all, the questions that look most like what was typed, by
/// shared letter trigrams (Dice coefficient), so "pamphlet faq" can still point somewhere.
extension SearchEngine {
    public func closestQuestions(to query: String, article: String? = nil, limit: Int = 3) throws(SearchIndexError) -> [SearchResult] {
        let wanted = Self.trigrams(query)
        guard !wanted.isEmpty, limit > 0 else { return [] }
        var documents = 0..<index.documentCount
        if let article {
            guard let found = try index.articleIndex(id: article) else { return [] }
            documents = try index.article(found).documents
        }
        var scored: [(document: Int, similarity: Double)] = []
        for document in documents where try index.documentKind(document) == .faq {
            if try isExcluded(article: try index.documentArticle(document)) { continue }
            let question = Self.trigrams(try index.text(of: document).title)
            let shared = wanted.intersection(question).count
            if shared > 0 { scored.append((document, 2 * Double(shared) / Double(wanted.count + question.count))) }
        }
        scored.sort { $0.similarity == $1.similarity ? $0.document < $1.document : $0.similarity > $1.similarity }
        var owners: [Int] = []
        for candidate in scored.prefix(limit) { owners.append(try index.documentArticle(candidate.document)) }
        try verifySources(of: owners)
        var results: [SearchResult] = []
        for candidate in scored.prefix(limit) {
            let text = try index.text(of: candidate.document)
            let owner = try index.article(try index.documentArticle(candidate.document))
            results.append(SearchResult(article: owner.id, articleTitle: owner.title, anchor: text.anchor, kind: .faq,
                                        title: text.title, score: candidate.similarity, snippet: Snippet(text: ""),
                                        text: text.body, confidence: .low))
        }
        return results
    }

    /// The ids of the indexed articles, in index order.
    public func articleIDs() throws(SearchIndexError) -> [String] {
        var ids: [String] = []
        for article in 0..<index.articleCount { ids.append(try index.article(article).id) }
        return ids
    }

    private static func trigrams(_ text: String) -> Set<String> {
        var grams: Set<String> = []
        for word in Tokenizer.words(in: text) {
            let letters = Array(" " + word + " ")
            for start in 0..<max(letters.count - 2, 0) { grams.insert(String(letters[start..<start + 3])) }
        }
        return grams
    }
}
