/// What a search result points at: an FAQ answer or an article section.
public enum SearchDocumentKind: String, Sendable, Codable, Equatable {
    case faq
    case section
}

/// The searchable fields of a document, in the order of `SearchDocument.fields`.
enum SearchField: Int, CaseIterable {
    /// The FAQ question or the section heading.
    case title = 0
    /// The FAQ entry's author keywords (empty for sections).
    case keywords = 1
    /// The article's title and front-matter keywords, shared by all its documents.
    case articleTitle = 2
    /// The FAQ answer or the section's own text (without sub-sections).
    case body = 3
}

/// One unit of search: every FAQ entry and every section of an article.
struct SearchDocument: Equatable {
    var kind: SearchDocumentKind
    var anchor: String
    /// The question or heading, as shown in results.
    var title: String
    var keywords: [String]
    var articleTitle: String
    var body: String

    func text(of field: SearchField) -> String {
        switch field {
        case .title: title
        case .keywords: keywords.joined(separator: ", ")
        case .articleTitle: articleTitle
        case .body: body
        }
    }

    /// The documents of an article: its FAQ entries, then its other sections in order.
    static func documents(of article: Article) -> [SearchDocument] {
        let articleTitle = ([article.title] + article.meta.keywords).joined(separator: ", ")
        var documents = article.faq.map { entry in
            SearchDocument(kind: .faq, anchor: entry.anchor, title: entry.question, keywords: entry.keywords,
                           articleTitle: articleTitle, body: entry.answer.searchableText)
        }
        if !article.preamble.isEmpty {
            // Text before the first heading: reached at the top of the article (empty anchor).
            documents.append(SearchDocument(kind: .section, anchor: "", title: article.title, keywords: [],
                                            articleTitle: articleTitle, body: article.preamble.searchableText))
        }
        let faqAnchors = Set(article.faq.map(\.anchor))
        for section in article.allSections where !faqAnchors.contains(section.anchor) {
            let body = section.blocks.searchableText
            documents.append(SearchDocument(kind: .section, anchor: section.anchor, title: section.title,
                                            keywords: [], articleTitle: articleTitle, body: body))
        }
        return documents
    }
}
