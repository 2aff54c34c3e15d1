/// The text a document is encoded from: the article's title, the question or heading, and
/// the answer or section text, as the model was trained on passages. Long sections are cut
/// (the model reads 512 tokens; the start of a section says what it is about), which also
/// bounds the time `pamphlet index` takes per document.
enum SemanticPassage {
    static let maximumBodyBytes = 2_000

    static func text(articleTitle: String, title: String, body: String) -> String {
        var cut = body.utf8.count <= maximumBodyBytes ? body[...] : body.prefix(maximumBodyBytes)
        while cut.utf8.count > maximumBodyBytes { cut = cut.dropLast() }
        return articleTitle + ". " + title + ". " + cut
    }

    /// The key of a passage's vector: an unchanged text keeps its vector across rebuilds.
    static func hash(_ text: String) -> UInt64 { Checksum.of(Array(text.utf8)) }

    /// Each document of `index` with its passage's hash, in document order.
    static func passages(of index: SearchIndex) throws(SearchIndexError) -> [(text: String, hash: UInt64)] {
        var passages: [(text: String, hash: UInt64)] = []
        passages.reserveCapacity(index.documentCount)
        var titles: [Int: String] = [:]
        for document in 0..<index.documentCount {
            let article = try index.documentArticle(document)
            let articleTitle: String
            if let known = titles[article] {
                articleTitle = known
            } else {
                articleTitle = try index.article(article).title
                titles[article] = articleTitle
            }
            let stored = try index.text(of: document)
            let text = Self.text(articleTitle: articleTitle, title: stored.title, body: stored.body)
            passages.append((text, hash(text)))
        }
        return passages
    }
}
