/// What to search and how many results to return.
public struct SearchOptions: Sendable, Equatable {
    public var limit: Int
    /// Only FAQ answers, or only sections; `nil` for both.
    public var kind: SearchDocumentKind?
    /// Only this article (by id); `nil` for the whole library.
    public var article: String?
    /// Match the last query word as a prefix too (as-you-type search).
    public var lastWordIsPrefix: Bool

    public init(limit: Int = 20, kind: SearchDocumentKind? = nil, article: String? = nil, lastWordIsPrefix: Bool = true) {
        self.limit = limit
        self.kind = kind
        self.article = article
        self.lastWordIsPrefix = lastWordIsPrefix
    }
}
