#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
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
            if let outside = Self.linkOutsideLibrary(path, library: directory) {
                diagnostics.append(outside)
                continue
            }
            do {
                articles.append(try articleLoader.load(path: path))
            } catch {
                diagnostics.append(error)
            }
        }
        return Library(directory: directory, articles: articles, diagnostics: diagnostics)
    }

    /// A diagnostic when `path` is a symbolic link that leads out of the library folder:
    /// such a file is not loaded, so a library cannot be made to show (or index) any
    /// file its reader can open, and `check` says why it is missing.
    public static func linkOutsideLibrary(_ path: String, library: String) -> Diagnostic? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
        guard let target = realpath(path, nil) else {
            return Diagnostic(path: path, line: 1, message: "is a symbolic link that leads nowhere; not loaded")
        }
        defer { free(target) }
        let resolved = String(cString: target)
        let root = realpath(library, nil).map { pointer in defer { free(pointer) }; return String(cString: pointer) } ?? library
        if resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") { return nil }
        return Diagnostic(path: path, line: 1, message: "is a symbolic link to \(resolved), outside the library folder; "
                          + "not loaded (copy the file into the library instead)")
    }

    /// `*.md` except hidden files and `README.md` (the authoring guide).
    public static func isArticleFileName(_ name: String) -> Bool {
        name.hasSuffix(".md") && !name.hasPrefix(".") && name.lowercased() != "readme.md"
    }
}
