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
public struct Library: Sendable {
    /// The folder the library was read from.
    public var directory: String
    /// Loaded articles, sorted by id.
    public var articles: [Article]
    /// One error per file that could not be loaded (the rest still load).
    public var diagnostics: [Diagnostic]

    public init(directory: String, articles: [Article], diagnostics: [Diagnostic]) {
        self.directory = directory
        self.articles = articles
        self.diagnostics = diagnostics
    }

    public func article(id: String) -> Article? { articles.first { $0.id == id } }
}
