import Foundation
import PamphletCore

/// What `pamphlet check` looks at: the article files named on the command
/// line (folders expand to their `*.md`), or the whole library.
struct CheckTargets {
    var articles: [Article] = []
    /// Decoded text of each loaded file, by path, scanned for control characters.
    var sources: [String: String] = [:]
    /// Files that did not load at all (articles, pamphlet.yml): each is one error.
    var loadFailures: [Diagnostic] = []
    /// Articles that links may point to: those checked plus their folders' other articles.
    var linkTargets: [Article] = []
    /// Findings about the library's other files (crisis-language.txt), errors and warnings.
    var libraryFindings: [Diagnostic] = []
    /// `readability_max_grade` from the library's pamphlet.yml, if set.
    var configuredMaxGrade: Double?

    static func resolve(paths: [String], libraryOptions: LibraryOptions) throws -> CheckTargets {
        var targets = CheckTargets()
        let files: [String]
        var folders: Set<String> = []
        /// Folders of files named one by one: their other articles are not checked,
        /// but links may point at them.
        var partlyCheckedFolders: Set<String> = []
        if paths.isEmpty {
            let directory = try libraryOptions.locateDirectory()
            folders.insert(directory)
            files = try articleFiles(in: directory)
        } else {
            var collected: [String] = []
            for path in paths {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    throw CommandFailure("\(path): no such file or folder")
                }
                if isDirectory.boolValue {
                    folders.insert(path)
                    collected += try articleFiles(in: path)
                } else {
                    let folder = (path as NSString).deletingLastPathComponent.nonEmpty ?? "."
                    folders.insert(folder)
                    partlyCheckedFolders.insert(folder)
                    collected.append(path)
                }
            }
            files = collected
        }

        let loader = ArticleLoader()
        for file in files {
            do {
                let loaded = try loader.loadKeepingSource(path: file)
                targets.articles.append(loaded.article)
                targets.sources[file] = loaded.source
            } catch {
                targets.loadFailures.append(error)
            }
        }
        // Links may point at articles that were not named on the command line;
        // those are loaded (quietly: they are not being checked), the rest already were.
        let checkedPaths = Set(files)
        targets.linkTargets = targets.articles
        for folder in partlyCheckedFolders.sorted() {
            let siblings = (try? articleFiles(in: folder)) ?? []
            for sibling in siblings where !checkedPaths.contains(sibling) {
                if let article = try? loader.load(path: sibling) { targets.linkTargets.append(article) }
            }
        }
        // A broken pamphlet.yml is a finding like any other: it would break the reader too.
        for folder in folders.sorted() {
            do {
                let config = try LibraryConfig.load(libraryDirectory: folder)
                targets.configuredMaxGrade = targets.configuredMaxGrade ?? config.readabilityMaxGrade
            } catch {
                targets.loadFailures += error.diagnostics
            }
            // The crisis phrases decide when help comes first: a line that cannot be read is an error.
            do {
                targets.libraryFindings += try CrisisLanguage.load(fromLibrary: folder)?.warnings ?? []
            } catch {
                targets.libraryFindings += error.diagnostics
            }
        }
        return targets
    }

    private static func articleFiles(in directory: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw CommandFailure("\(directory): cannot list the folder")
        }
        return names.filter { LibraryLoader.isArticleFileName($0) }.sorted()
            .map { directory.hasSuffix("/") ? directory + $0 : directory + "/" + $0 }
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
