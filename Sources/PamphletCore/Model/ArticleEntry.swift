/// What the library screen, `list` and the article menus show of an article, without its
/// body: kept in the library's catalog so that a start does not parse every article.
public struct ArticleEntry: Sendable, Equatable {
    /// The file name without `.md`.
    public var id: String
    /// The file's name inside the library folder.
    public var fileName: String
    public var title: String
    public var summary: String?
    public var language: String
    /// Every heading, the FAQ questions included (`Article.allSections`).
    public var sections: Int
    public var faqs: Int
    /// Minutes to read at 200 words a minute (`ReadingTime`).
    public var minutes: Int
    /// The article's own crisis text (`crisis:` in its front matter), if it has one.
    public var crisis: String?

    public init(id: String, fileName: String, title: String, summary: String?, language: String,
                sections: Int, faqs: Int, minutes: Int, crisis: String?) {
        self.id = id
        self.fileName = fileName
        self.title = title
        self.summary = summary
        self.language = language
        self.sections = sections
        self.faqs = faqs
        self.minutes = minutes
        self.crisis = crisis
    }

    /// Sections are counted without the FAQ's questions, which `faqs` counts: the same
    /// "16 sections and 3 questions" the readers show.
    public init(_ article: Article) {
        let questions = Set(article.faq.map(\.anchor))
        self.init(id: article.id, fileName: FilePath.name(of: article.path), title: article.title,
                  summary: article.meta.summary, language: article.meta.language,
                  sections: article.allSections.count { !questions.contains($0.anchor) }, faqs: article.faq.count,
                  minutes: ReadingTime.minutes(for: article), crisis: article.meta.crisis)
    }
}
