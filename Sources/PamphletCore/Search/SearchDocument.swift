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
    /// The question or heading words as indexed: empty for the text before the first
    /// heading, whose title is the article's and is already counted there.
    var indexedTitle: String
    /// The FAQ entry's author keywords; for a section, the headings it sits under, so a
    /// child section answers for its parent's topic.
    var keywords: [String]
    var articleTitle: String
    var body: String

    func text(of field: SearchField) -> String {
        switch field {
        case .title: indexedTitle
        case .keywords: keywords.joined(separator: ", ")
        case .articleTitle: articleTitle
        case .body: body
        }
    }

    /// The documents of an article: its FAQ entries, then its other sections in order.
    /// The article field holds its title and keywords (not its summary: each document
    /// carries the field, so the FAQ filter would find every question by a summary word).
    static func documents(of article: Article) -> [SearchDocument] {
        let articleTitle = ([article.title] + article.meta.keywords).joined(separator: ", ")
        var documents = article.faq.map { entry in
            SearchDocument(kind: .faq, anchor: entry.anchor, title: entry.question, indexedTitle: entry.question,
                           keywords: entry.keywords, articleTitle: articleTitle, body: entry.answer.searchableText)
        }
        if !article.preamble.isEmpty {
            // Text before the first heading: reached at the top of the article (empty anchor).
            documents.append(SearchDocument(kind: .section, anchor: "", title: article.title, indexedTitle: "",
                                            keywords: [], articleTitle: articleTitle,
                                            body: article.preamble.searchableText))
        }
        let faqAnchors = Set(article.faq.map(\.anchor))
        func walk(_ section: Section, parents: [String]) {
            if !faqAnchors.contains(section.anchor) {
                // A top heading that repeats the article's title is already counted there.
                let repeatsTitle = section.level == 1 && Tokenizer.words(in: section.title) == Tokenizer.words(in: article.title)
                documents.append(SearchDocument(kind: .section, anchor: section.anchor, title: section.title,
                                                indexedTitle: repeatsTitle ? "" : section.title, keywords: parents,
                                                articleTitle: articleTitle, body: section.blocks.searchableText))
            }
            // A top-level heading that only names the article adds nothing for its children.
            let context = section.level == 1 ? parents : parents + [section.title]
            for child in section.children { walk(child, parents: context) }
        }
        for section in article.sections { walk(section, parents: []) }
        return documents
    }
}
