/// A finding about a file, printed like a compiler message: `path:line: level: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Level: String, Sendable { case error, warning, note }
    public var path: String
    public var line: Int
    public var level: Level
    public var message: String

    public init(path: String, line: Int, level: Level = .error, message: String) {
        self.path = path
        self.line = line
        self.level = level
        self.message = message
    }

    public var description: String { "\(path):\(line): \(level.rawValue): \(message)" }
}

/// The articles of one folder, with the files that could not be loaded.
///
/// A library is listed by its entries (`ArticleEntry`: title, summary, counts), which
/// may come from the catalog cached beside the search index; an article itself is parsed
/// the first time it is asked for, so opening one article of 10,000 parses one file.
public struct Library: Sendable {
    /// The folder the library was read from.
    public var directory: String
    /// One entry per article, sorted by id.
    public var entries: [ArticleEntry]
    /// One error per file that could not be loaded (the rest still load).
    public var diagnostics: [Diagnostic]
    private let shelf: ArticleShelf
    /// The folder as it was listed to find the articles (`index: auto`), so that opening the
    /// search index need not list 10,000 files again; nil when it was not listed.
    var listedFingerprint: LibraryFingerprint?

    /// A library whose articles are already parsed.
    public init(directory: String, articles: [Article], diagnostics: [Diagnostic]) {
        self.directory = directory
        self.entries = articles.map(ArticleEntry.init)
        self.diagnostics = diagnostics
        shelf = ArticleShelf(directory: directory, entries: entries, loaded: articles)
    }

    /// A library listed from its catalog; each article is parsed from its file when first asked for.
    public init(directory: String, entries: [ArticleEntry], diagnostics: [Diagnostic],
                loader: ArticleLoader = ArticleLoader()) {
        self.directory = directory
        self.entries = entries
        self.diagnostics = diagnostics
        shelf = ArticleShelf(directory: directory, entries: entries, loaded: [], loader: loader)
    }

    /// The article with this id, parsed from its file if it was not yet; nil when there is
    /// no such entry, or its file is gone or no longer loads.
    public func article(id: String) -> Article? { shelf.article(id: id) }

    /// The article of `entries[index]`.
    public func article(at index: Int) -> Article? {
        entries.indices.contains(index) ? shelf.article(id: entries[index].id) : nil
    }

    /// Every article, parsing each that was not yet: for whole-library work (`check`, an
    /// index built in memory), never for showing one article.
    public var articles: [Article] { entries.compactMap { shelf.article(id: $0.id) } }
}
