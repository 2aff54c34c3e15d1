extension Array where Element == SearchResult {
    /// Results as readers list them: by article, the article with the best result first;
    /// within each, FAQ answers before sections, each kind in rank order.
    public func groupedByArticle() -> [SearchResult] {
        var order: [String] = []
        var byArticle: [String: [SearchResult]] = [:]
        for result in self {
            if byArticle[result.article] == nil { order.append(result.article) }
            byArticle[result.article, default: []].append(result)
        }
        return order.flatMap { article in
            let results = byArticle[article] ?? []
            return results.filter { $0.kind == .faq } + results.filter { $0.kind != .faq }
        }
    }
}
