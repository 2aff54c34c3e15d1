/// Ties what a search shows to the article files as they are now: before results are
/// returned, the file behind each article shown is read and hashed, and compared with the
/// hash the index recorded. Only those few files are read, so a search stays cheap; any
/// other change is caught when its article is shown.
extension SearchEngine {
    /// Throws `.articleChanged` when the file of one of `articles` (index numbers) is gone
    /// or no longer holds the bytes that were indexed. Does nothing without a
    /// `sourceDirectory`, or for articles indexed from memory rather than a file.
    func verifySources(of articles: some Sequence<Int>) throws(SearchIndexError) {
        guard let directory = sourceDirectory else { return }
        var checked: Set<Int> = []
        let reader = ArticleFileReader(maxBytes: ArticleLoader.defaultMaxFileBytes)
        for article in articles where checked.insert(article).inserted {
            guard let source = try index.articleSource(article) else { continue }
            // A name is one entry of the library folder; anything else is not what was indexed.
            guard !source.fileName.contains("/"),
                  let bytes = try? reader.contents(of: directory + "/" + source.fileName),
                  Checksum.of(bytes) == source.contentHash else {
                throw .articleChanged(source.fileName)
            }
        }
    }

    /// Whether an article's file is among `excludedFiles`.
    func isExcluded(article: Int) throws(SearchIndexError) -> Bool {
        guard !excludedFiles.isEmpty, let source = try index.articleSource(article) else { return false }
        return excludedFiles.contains(source.fileName)
    }
}
