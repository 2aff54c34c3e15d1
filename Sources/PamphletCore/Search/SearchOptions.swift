/// What to search and how many results to return.
public struct SearchOptions: Sendable, Equatable {
    public var limit: Int
    /// Only FAQ answers, or only sections; `nil` for both.
    public var kind: SearchDocumentKind?
    /// Only this article (by id); `nil` for the whole library.
    public var article: String?
    /// Match the last query word as a prefix too: only while typing in the reader, where
    /// the last word may be unfinished; never for a whole question (`search`, `faq`).
    public var lastWordIsPrefix: Bool

    public init(limit: Int = 20, kind: SearchDocumentKind? = nil, article: String? = nil, lastWordIsPrefix: Bool = false) {
        self.limit = limit
        self.kind = kind
        self.article = article
        self.lastWordIsPrefix = lastWordIsPrefix
    }
}
