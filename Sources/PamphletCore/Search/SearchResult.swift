/// One hit: an FAQ answer or a section, with where it is and why it matched.
public struct SearchResult: Sendable, Equatable {
    /// Article id (file name without `.md`).
    public var article: String
    public var articleTitle: String
    /// Section or FAQ anchor inside the article ("" for text before the first heading).
    public var anchor: String
    public var kind: SearchDocumentKind
    /// The FAQ question or the section heading.
    public var title: String
    /// Higher is better; comparable only within one query.
    public var score: Double
    /// A short passage of the answer or section text with the matched words located.
    public var snippet: Snippet
    /// The whole FAQ answer or section text as plain text (paragraphs separated by blank lines).
    public var text: String
    /// How sure the engine is that this result answers the query.
    public var confidence: SearchConfidence = .high
    /// The cosine of the query's meaning with this result's, when search went by meaning.
    public var similarity: Double? = nil
}

/// A passage of text and the ranges of the words that matched the query.
public struct Snippet: Sendable, Equatable {
    public var text: String
    /// Ranges in `text`, in order, not overlapping.
    public var matches: [Range<String.Index>]

    public init(text: String, matches: [Range<String.Index>] = []) {
        self.text = text
        self.matches = matches
    }

    /// The snippet with each match wrapped in `open`/`close`: «like» «this» by default, the
    /// plain rendering used by `pamphlet search` and in its JSON.
    public func marked(open: String = "«", close: String = "»") -> String {
        var out = ""
        var cursor = text.startIndex
        for range in matches {
            out += text[cursor..<range.lowerBound]
            out += open + text[range] + close
            cursor = range.upperBound
        }
        out += text[cursor...]
        return out
    }
}
