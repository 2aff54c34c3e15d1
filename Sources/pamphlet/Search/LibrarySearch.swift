#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PamphletCore

/// The search engine of the chosen library, from the index cache, for `search` and `faq`.
struct LibrarySearch {
    let directory: String
    private let cache: SearchIndexCache
    private(set) var engine: SearchEngine

    init(libraryOptions: LibraryOptions) throws {
        directory = try libraryOptions.locateDirectory()
        cache = SearchIndexCache(progress: ProgressLine.show)
        engine = try Self.open(cache, directory)
    }

    /// Runs `body` against the engine; if the cached index turns out damaged, drops it,
    /// rebuilds once and tries again.
    mutating func run<T>(_ body: (SearchEngine) throws(SearchIndexError) -> T) throws -> T {
        do {
            return try body(engine)
        } catch {
            TerminalOutput.errorLine("pamphlet: \(error.description); rebuilding it")
            cache.invalidate(libraryDirectory: directory)
            engine = try Self.open(cache, directory)
            do {
                return try body(engine)
            } catch {
                throw CommandFailure(error.description)
            }
        }
    }

    private static func open(_ cache: SearchIndexCache, _ directory: String) throws -> SearchEngine {
        let opened: SearchIndexCache.Opened
        do {
            opened = try cache.open(libraryDirectory: directory)
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
