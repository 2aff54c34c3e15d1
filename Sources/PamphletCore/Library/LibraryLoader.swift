#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Loads every article of a library folder.
///
/// Reads each `*.md` file except `README.md` (the authoring guide) and hidden
/// files, in id order. A file that fails to load adds one diagnostic and the
/// others still load.
public struct LibraryLoader: Sendable {
    public var articleLoader: ArticleLoader

    public init(articleLoader: ArticleLoader = ArticleLoader()) {
        self.articleLoader = articleLoader
    }

    /// Fails only when the folder itself cannot be listed.
    public func load(directory: String) throws(Diagnostic) -> Library {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw Diagnostic(path: directory, line: 1, message: "cannot list the library folder")
        }
        let articleFiles = names
            .filter { Self.isArticleFileName($0) }
            .sorted { ArticleLoader.articleID(forPath: $0) < ArticleLoader.articleID(forPath: $1) }

        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        for name in articleFiles {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            do {
                articles.append(try articleLoader.load(path: path))
            } catch {
                diagnostics.append(error)
            }
        }
        return Library(directory: directory, articles: articles, diagnostics: diagnostics)
    }

    /// `*.md` except hidden files and `README.md` (the authoring guide).
    public static func isArticleFileName(_ name: String) -> Bool {
        name.hasSuffix(".md") && !name.hasPrefix(".") && name.lowercased() != "readme.md"
    }
}
