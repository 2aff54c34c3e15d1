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

/// The persistent index of a library folder, under `$XDG_CACHE_HOME/pamphlet/`
/// (else `~/.cache/pamphlet/`), so 10,000 articles are not parsed at every start.
///
/// The cache file is keyed by the library's real path and stamped with the fingerprint of
/// its files (names, sizes, modification times, format version). A stale, damaged or
/// truncated file is rebuilt; the new file is written to a temporary name, synced and
/// renamed into place, so a reader never sees half an index.
public struct SearchIndexCache: Sendable {
    /// Folder holding the cache files.
    public var directory: String
    /// Called with a progress line (no newline) while a slow rebuild runs, and with `nil`
    /// at its end; the CLI prints it on standard error.
    public var progress: (@Sendable (String?) -> Void)?
    /// How long a rebuild runs before progress is reported.
    public var progressDelay: Duration = .milliseconds(500)

    public init(directory: String? = nil, progress: (@Sendable (String?) -> Void)? = nil) {
        self.directory = directory ?? Self.defaultDirectory()
        self.progress = progress
    }

    /// `$XDG_CACHE_HOME/pamphlet`, else `~/.cache/pamphlet`, else a folder under /tmp.
    public static func defaultDirectory() -> String {
        (try? UserDirectories(environment: ProcessEnvironment.variables).cacheDirectory())
            ?? "/tmp/pamphlet-cache-\(getuid())"
    }

    /// The outcome of opening a library's index.
    public struct Opened: Sendable {
        public var engine: SearchEngine
        /// True when the index was (re)built rather than loaded.
        public var rebuilt: Bool
        /// Files that could not be loaded during a rebuild, and lexicon errors.
        public var diagnostics: [Diagnostic]
    }

    /// The search engine for the library at `libraryDirectory`, from the cache when fresh.
    public func open(libraryDirectory: String) throws(Diagnostic) -> Opened {
        let library = Self.realPath(libraryDirectory)
        guard let fingerprint = LibraryFingerprint.of(directory: library) else {
            throw Diagnostic(path: libraryDirectory, line: 1, message: "cannot list the library folder")
        }
        var diagnostics: [Diagnostic] = []
        let lexicon: Lexicon
        do {
            lexicon = try Lexicon.load(fromLibrary: library)
        } catch {
            diagnostics.append(Diagnostic(path: error.path, line: error.line, message: error.message))
            lexicon = .empty
        }
        let path = cachePath(forLibrary: library)
        if let storage = IndexStorage(mapping: path),
           let index = try? SearchIndex(storage: storage), index.fingerprint == fingerprint.value {
            return Opened(engine: SearchEngine(index: index, lexicon: lexicon), rebuilt: false, diagnostics: diagnostics)
        }
        let index = build(library: library, fingerprint: fingerprint, diagnostics: &diagnostics)
        write(index, to: path)
        return Opened(engine: SearchEngine(index: index, lexicon: lexicon), rebuilt: true, diagnostics: diagnostics)
    }

    /// Drops the cached index of a library, e.g. after a query found it damaged.
    public func invalidate(libraryDirectory: String) {
        unlink(cachePath(forLibrary: Self.realPath(libraryDirectory)))
    }

    /// `index-<hash of the library path>.bin`: one cache file per library folder.
    func cachePath(forLibrary library: String) -> String {
        let key = Checksum.of(Array(library.utf8))
        return directory + "/index-" + String(key, radix: 16) + ".bin"
    }

    private func build(library: String, fingerprint: LibraryFingerprint, diagnostics: inout [Diagnostic]) -> SearchIndex {
        let clock = ContinuousClock()
        let start = clock.now
        var reported = false
        var lastReport = start
        var builder = SearchIndexBuilder()
        let loader = ArticleLoader()
        let names = fingerprint.articleNames
        for (number, name) in names.enumerated() {
            do {
                builder.add(try loader.load(path: library + "/" + name))
            } catch {
                diagnostics.append(error)
            }
            let now = clock.now
            if let progress, now - start > progressDelay, !reported || now - lastReport > .milliseconds(250) {
                progress("Indexing the library for search: \(number + 1) of \(names.count) articles…")
                reported = true
                lastReport = now
            }
        }
        if reported { progress?(nil) }
        return builder.build(fingerprint: fingerprint.value)
    }

    /// Failing to write the cache is not an error: the next start simply rebuilds.
    private func write(_ index: SearchIndex, to path: String) {
        // A folder that cannot be made fails the replace as well.
        try? PrivateFolder.ensure(directory)
        try? index.withBytes { bytes in try DurableFile.replace(path, with: bytes) }
    }

    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
