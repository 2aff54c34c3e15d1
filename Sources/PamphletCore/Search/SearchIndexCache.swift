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
/// (else `~/.cache/pamphlet/`, else `$XDG_RUNTIME_DIR/pamphlet/`), so 10,000 articles
/// are not parsed at every start.
///
/// The cache file is keyed by the library's real path and stamped with the fingerprint of
/// its files (names, sizes, modification times, format version); and each article's record
/// holds the hash of its file's bytes, checked when one of its results is shown, since a
/// file can change, or an index be built from an altered copy, keeping size and time
/// (`SearchEngine.verifySources`). A stale, damaged or
/// truncated file is rebuilt; the new file is written to a temporary name, synced and
/// renamed into place, so a reader never sees half an index.
///
/// What search shows comes from this file, so it is trusted only in a folder of this
/// user's that no one else can write, and only if the file is a regular file of this
/// user's: another user could otherwise plant an index built from an altered copy of the
/// library, with the same sizes and times, and have its text shown as the clinic's. With
/// no such folder (no HOME, no XDG variable) nothing is cached: the index is built in
/// memory for this run, never under a name in /tmp that someone could make first.
public struct SearchIndexCache: Sendable {
    /// Folder holding the cache files; nil when there is no private place for them.
    public var directory: String?
    /// True for Pamphlet's own default folder, which it creates and narrows to 0700.
    public var ownsDirectory: Bool
    /// Called with a progress line (no newline) while a slow rebuild runs, and with `nil`
    /// at its end; the CLI prints it on standard error.
    public var progress: (@Sendable (String?) -> Void)?
    /// How long a rebuild runs before progress is reported.
    public var progressDelay: Duration = .milliseconds(500)
    /// The model of search by meaning, where it is installed (`E5Encoder.locate`), and the
    /// library's `semantic:` setting; nil searches by words alone.
    public var semanticEncoder: (any SentenceEncoder)?
    public var semanticMode: SemanticMode = .auto
    /// How many changed passages opening the index may encode before answering (the reader
    /// sets 0: a patient does not wait for them at start-up; its searches go by words where
    /// a candidate has no vector, until a command or `pamphlet index` encodes it).
    public var semanticEncodingLimit = SearchIndexCache.semanticPassagesEncodedBySearch

    public init(directory: String? = nil, progress: (@Sendable (String?) -> Void)? = nil) {
        if let directory {
            self.directory = directory
            ownsDirectory = false
        } else {
            self.directory = Self.defaultDirectory(environment: ProcessEnvironment.variables)
            ownsDirectory = true
        }
        self.progress = progress
    }

    /// `$XDG_CACHE_HOME/pamphlet`, else `~/.cache/pamphlet`, else `$XDG_RUNTIME_DIR/pamphlet`
    /// (a per-user folder the system makes 0700); nil when none is set.
    public static func defaultDirectory(environment: [String: String]) -> String? {
        if let cache = try? UserDirectories(environment: environment).cacheDirectory() { return cache }
        if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") { return FilePath.join(runtime, "pamphlet") }
        return nil
    }

    static let notCachedPrefix = "search index not cached: "

    /// The cache folder if it is safe to read and write, else why not (as a warning).
    func usableDirectory() -> Result<String, Diagnostic>? {
        guard let directory else { return nil }
        do {
            if ownsDirectory {
                try PrivateFolder.ensure(directory, tighten: true)
            } else if !DurableFile.exists(directory) {
                try PrivateFolder.ensure(directory)
            }
            try FileOwnership.checkFolder(directory, what: "search cache folder")
            return .success(directory)
        } catch {
            return .failure(Diagnostic(path: directory, line: 1, level: .warning,
                                       message: Self.notCachedPrefix + error.reason))
        }
    }

    /// The outcome of opening a library's index.
    public struct Opened: Sendable {
        public var engine: SearchEngine
        /// True when the index was (re)built rather than loaded.
        public var rebuilt: Bool
        /// Files that could not be loaded during a rebuild, lexicon errors, and the
        /// cache folder's warning if there is one.
        public var diagnostics: [Diagnostic]
        /// Why the index could not be cached (a folder other users can write), if so.
        /// Whether search goes by meaning too (`SemanticStatus`).
        public var semantic: SemanticStatus = .off
        public var cacheWarning: Diagnostic? { diagnostics.first { $0.message.hasPrefix(SearchIndexCache.notCachedPrefix) } }
    }

    /// The search engine for the library at `libraryDirectory`, from the cache when fresh.
    /// With `mode: .manual` a readable cached index is used without listing the folder
    /// (`IndexMode`); without one, the index is built as in `.auto`.
    public func open(libraryDirectory: String, mode: IndexMode = .auto) throws(Diagnostic) -> Opened {
        try open(libraryDirectory: libraryDirectory, mode: mode, listed: nil)
    }

    /// The same for a library already opened: the folder listing that found its articles
    /// stands for the index's freshness check too (a change between the two is caught no
    /// worse than one made just after the check).
    public func open(library: Library, mode: IndexMode = .auto) throws(Diagnostic) -> Opened {
        try open(libraryDirectory: library.directory, mode: mode, listed: library.listedFingerprint)
    }

    private func open(libraryDirectory: String, mode: IndexMode, listed: LibraryFingerprint?) throws(Diagnostic) -> Opened {
        let library = Self.realPath(libraryDirectory)
        var diagnostics: [Diagnostic] = []
        // The folder is checked once for the index and the lexicon beside it.
        let folder = usableFolder(diagnostics: &diagnostics)
        let lexicon: Lexicon
        do {
            lexicon = try CompiledLexicon.load(fromLibrary: library,
                                               cachePath: folder.map { Self.cacheFile("lexicon", forLibrary: library, in: $0) })
        } catch {
            diagnostics.append(Diagnostic(path: error.path, line: error.line, message: error.message))
            lexicon = .empty
        }
        let path = folder.map { cachePath(forLibrary: library, in: $0) }
        func opened(_ index: SearchIndex, rebuilt: Bool) -> Opened {
            var engine = SearchEngine(index: index, lexicon: lexicon, sourceDirectory: library)
            let semantic = attachSemantic(to: &engine, library: library, everything: false)
            if case .partial(let missing) = semantic {
                diagnostics.append(Diagnostic(path: library, line: 1, level: .warning, message:
                    "\(missing) passages are not yet encoded for search by meaning; run `pamphlet index`"))
            }
            return Opened(engine: engine, rebuilt: rebuilt, diagnostics: diagnostics, semantic: semantic)
        }
        if mode == .manual, let index = cachedIndex(at: path) {
            return opened(index, rebuilt: false)
        }
        guard let fingerprint = listed ?? LibraryFingerprint.of(directory: library) else {
            throw Diagnostic(path: libraryDirectory, line: 1, message: "cannot list the library folder")
        }
        if let index = cachedIndex(at: path), index.fingerprint == fingerprint.value {
            return opened(index, rebuilt: false)
        }
        let index = build(library: library, fingerprint: fingerprint, diagnostics: &diagnostics)
        if let path { write(index, to: path) }
        return opened(index, rebuilt: true)
    }

    /// What `pamphlet index` did: the articles now indexed, and what changed since the
    /// index it replaced (by file name and content hash).
    public struct Refreshed: Sendable {
        public var articleCount: Int
        public var added: [String]
        public var removed: [String]
        public var changed: [String]
        /// False when the index already matched every file's size and time (nothing rebuilt).
        public var rebuilt: Bool
        /// Where the index is kept; nil when there is no private folder for it.
        public var path: String?
        public var diagnostics: [Diagnostic]
        /// Search by meaning: how many passages were encoded now, or why not.
        public var semantic: SemanticStatus = .off
    }

    /// Builds the library's index unless it matches the files already (`force` builds it
    /// anyway, e.g. after a change that kept sizes and times), and says what changed.
    public func refresh(libraryDirectory: String, force: Bool = false) throws(Diagnostic) -> Refreshed {
        let library = Self.realPath(libraryDirectory)
        guard let fingerprint = LibraryFingerprint.of(directory: library) else {
            throw Diagnostic(path: libraryDirectory, line: 1, message: "cannot list the library folder")
        }
        var diagnostics: [Diagnostic] = []
        let path = usableFolder(diagnostics: &diagnostics).map { cachePath(forLibrary: library, in: $0) }
        let old = cachedIndex(at: path)
        func semantic(_ index: SearchIndex) -> SemanticStatus {
            var engine = SearchEngine(index: index)
            return attachSemantic(to: &engine, library: library, everything: true)
        }
        if !force, let old, old.fingerprint == fingerprint.value {
            return Refreshed(articleCount: old.articleCount, added: [], removed: [], changed: [], rebuilt: false,
                             path: path, diagnostics: diagnostics, semantic: semantic(old))
        }
        let index = build(library: library, fingerprint: fingerprint, diagnostics: &diagnostics)
        if let path { write(index, to: path) }
        let before = old.map(Self.sources) ?? [:]
        let after = Self.sources(of: index)
        return Refreshed(articleCount: index.articleCount,
                         added: after.keys.filter { before[$0] == nil }.sorted(),
                         removed: before.keys.filter { after[$0] == nil }.sorted(),
                         changed: after.filter { name, hash in before[name].map { $0 != hash } ?? false }.keys.sorted(),
                         rebuilt: true, path: path, diagnostics: diagnostics, semantic: semantic(index))
    }

    /// File name -> content hash of each article an index was built from.
    private static func sources(of index: SearchIndex) -> [String: UInt64] {
        var sources: [String: UInt64] = [:]
        for article in 0..<index.articleCount {
            if let source = try? index.articleSource(article) { sources[source.fileName] = source.contentHash }
        }
        return sources
    }

    /// The cache file of `library`, or nil (with the folder's warning) when there is no safe place.
    /// The cache folder if it is safe to use; else nil, with its warning added to `diagnostics`.
    private func usableFolder(diagnostics: inout [Diagnostic]) -> String? {
        switch usableDirectory() {
        case .success(let folder)?: return folder
        case .failure(let warning)?: diagnostics.append(warning); return nil
        case nil: return nil
        }
    }

    /// `<kind>-<hash>.bin` for `library` in the cache folder, if the folder is safe to use;
    /// for the files kept beside the index (the catalog, the compiled crisis phrases).
    func cacheFile(_ kind: String, forLibrary library: String) -> String? {
        guard case .success(let folder)? = usableDirectory() else { return nil }
        return Self.cacheFile(kind, forLibrary: Self.realPath(library), in: folder)
    }

    private func cachedIndex(at path: String?) -> SearchIndex? {
        guard let path, let storage = IndexStorage(mapping: path) else { return nil }
        return try? SearchIndex(storage: storage)
    }

    /// Drops the cached index of a library, e.g. after a query found it damaged.
    public func invalidate(libraryDirectory: String) {
        guard let directory else { return }
        unlink(cachePath(forLibrary: Self.realPath(libraryDirectory), in: directory))
    }

    /// `index-<hash of the library path>.bin`: one cache file per library folder.
    func cachePath(forLibrary library: String, in directory: String) -> String {
        Self.cacheFile("index", forLibrary: library, in: directory)
    }

    /// `<kind>-<hash of the library path>.bin`: the index and the catalog beside it.
    static func cacheFile(_ kind: String, forLibrary library: String, in directory: String) -> String {
        let key = Checksum.of(Array(library.utf8))
        return directory + "/" + kind + "-" + String(key, radix: 16) + ".bin"
    }

    private func build(library: String, fingerprint: LibraryFingerprint, diagnostics: inout [Diagnostic]) -> SearchIndex {
        let clock = ContinuousClock()
        let start = clock.now
        var reported = false
        var lastReport = start
        var builder = SearchIndexBuilder()
        let loader = ArticleLoader()
        let reader = ArticleFileReader(maxBytes: loader.maxFileBytes)
        let names = fingerprint.articleNames
        for (number, name) in names.enumerated() {
            if let outside = LibraryLoader.linkOutsideLibrary(library + "/" + name, library: library) {
                diagnostics.append(outside)
                continue
            }
            let path = library + "/" + name
            do {
                // The bytes parsed are the bytes hashed, so the record matches what was indexed.
                let bytes = try reader.contents(of: path)
                let article = try loader.parse(bytes: bytes, id: ArticleLoader.articleID(forPath: path), path: path)
                builder.add(article, source: ArticleSource(fileName: name, bytes: bytes))
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
        try? index.withBytes { bytes in try DurableFile.replace(path, with: bytes) }
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
