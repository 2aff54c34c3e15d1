import Synchronization

/// The parsed articles of a library, loaded from their files on first use and kept.
final class ArticleShelf: Sendable {
    private let directory: String
    private let fileNames: [String: String]
    private let loader: ArticleLoader
    private let loaded: Mutex<[String: Article]>

    init(directory: String, entries: [ArticleEntry], loaded articles: [Article], loader: ArticleLoader = ArticleLoader()) {
        self.directory = directory
        fileNames = Dictionary(entries.map { ($0.id, $0.fileName) }, uniquingKeysWith: { first, _ in first })
        self.loader = loader
        loaded = Mutex(Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    func article(id: String) -> Article? {
        if let article = loaded.withLock({ $0[id] }) { return article }
        guard let fileName = fileNames[id] else { return nil }
        let path = FilePath.join(directory, fileName)
        // The same rule as a full load: a link out of the folder is never read.
        guard LibraryLoader.linkOutsideLibrary(path, library: directory) == nil,
              let article = try? loader.load(path: path) else { return nil }
        loaded.withLock { $0[id] = article }
        return article
    }
}
