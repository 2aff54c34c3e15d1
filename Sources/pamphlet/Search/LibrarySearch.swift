#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PamphletCore

/// The search engine of the chosen library, from the index cache, for `search` and `faq`.
struct LibrarySearch {
    let directory: String
    /// The library's `pamphlet.yml` (defaults when it has problems, which are reported).
    let config: LibraryConfig
    private let cache: SearchIndexCache
    private(set) var engine: SearchEngine

    init(libraryOptions: LibraryOptions) throws {
        directory = try libraryOptions.locateDirectory()
        config = LibrarySettings.load(libraryDirectory: directory)
        cache = SearchIndexCache.forLibrary(config: config)
        engine = try Self.open(cache, directory, mode: config.indexMode)
    }

    /// Runs `body` against the engine. If the cached index turns out damaged, drops it,
    /// rebuilds once and tries again. With `index: manual`, an article found changed is
    /// left out with a note instead, since rebuilding a large library takes long.
    mutating func run<T>(_ body: (SearchEngine) throws(SearchIndexError) -> T) throws -> T {
        while config.indexMode == .manual, engine.excludedFiles.count < Self.exclusionsBeforeRebuild {
            do {
                return try body(engine)
            } catch .articleChanged(let file) {
                TerminalOutput.errorLine("pamphlet: note: \(file) changed since the search index was built; "
                                         + "its results are left out until `pamphlet index` runs")
                engine.excludedFiles.insert(file)
            } catch {
                break
            }
        }
        do {
            return try body(engine)
        } catch {
            TerminalOutput.errorLine("pamphlet: \(error.description); rebuilding it")
            cache.invalidate(libraryDirectory: directory)
            engine = try Self.open(cache, directory, mode: .auto)
            do {
                return try body(engine)
            } catch {
                throw CommandFailure(error.description)
            }
        }
    }

    /// More changed files than this and the index is plainly out of date: rebuild it.
    private static let exclusionsBeforeRebuild = 20

    private static func open(_ cache: SearchIndexCache, _ directory: String, mode: IndexMode) throws -> SearchEngine {
        let opened: SearchIndexCache.Opened
        do {
            opened = try cache.open(libraryDirectory: directory, mode: mode)
        } catch {
            throw CommandFailure(error.description)
        }
        for diagnostic in opened.diagnostics { TerminalOutput.errorLine(diagnostic.description) }
        return opened.engine
    }
}

/// "Indexing the library…" on standard error while a slow rebuild runs: rewritten in place
/// on a terminal, one line per report otherwise (the cache reports a few times a second).
enum ProgressLine {
    static let show: @Sendable (String?) -> Void = { line in
        let onTerminal = isatty(STDERR_FILENO) == 1
        if let line {
            writeError(onTerminal ? "\r" + Sanitizer.clean(line) + "\u{1B}[K" : Sanitizer.clean(line) + "\n")
        } else if onTerminal {
            writeError("\r\u{1B}[K")
        }
    }

    private static func writeError(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { buffer in _ = write(STDERR_FILENO, buffer.baseAddress, buffer.count) }
    }
}
