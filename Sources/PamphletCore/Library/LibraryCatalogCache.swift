#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens a library from the catalog kept beside its search index, so that a start lists
/// 10,000 articles without parsing them: with `index: auto` when the folder's fingerprint
/// (names, sizes, times) still matches, with `index: manual` without listing the folder.
/// Otherwise every article is parsed, as `LibraryLoader` does, and the catalog is written.
///
/// The catalog lives and is trusted as the index is (`SearchIndexCache`): a regular file
/// of this user's in a folder of this user's that no one else can write. With no such
/// folder the library is parsed at every start, as before there was a catalog.
public struct LibraryCatalogCache: Sendable {
    public var index: SearchIndexCache
    public var loader: LibraryLoader

    public init(index: SearchIndexCache = SearchIndexCache(), loader: LibraryLoader = LibraryLoader()) {
        self.index = index
        self.loader = loader
    }

    /// The library at `directory`; fails only when the folder cannot be listed.
    public func open(directory: String, mode: IndexMode = .auto) throws(Diagnostic) -> Library {
        let path = catalogPath(forLibrary: directory)
        if mode == .manual, let path, let catalog = Self.read(path) {
            return catalog.library(directory: directory)
        }
        return try listed(directory: directory, catalogPath: path, reuse: true)
    }

    /// Rebuilds the catalog from the files (`pamphlet index`) unless it matches them
    /// already (`force` rebuilds it anyway), and returns the library.
    @discardableResult
    public func refresh(directory: String, force: Bool = false) throws(Diagnostic) -> Library {
        try listed(directory: directory, catalogPath: catalogPath(forLibrary: directory), reuse: !force)
    }

    /// The catalog at `path` if `reuse` and it matches the folder's fingerprint; else every
    /// article parsed and the catalog written.
    private func listed(directory: String, catalogPath path: String?, reuse: Bool) throws(Diagnostic) -> Library {
        guard let fingerprint = LibraryFingerprint.of(directory: directory) else {
            return try loader.load(directory: directory)
        }
        if reuse, let path, let catalog = Self.read(path), catalog.fingerprint == fingerprint.value {
            var library = catalog.library(directory: directory)
            library.listedFingerprint = fingerprint
            return library
        }
        // The fingerprint is taken before the files are read: a file changed meanwhile
        // leaves a catalog that no longer matches, so the next start reads it again.
        var library = try loader.load(directory: directory)
        if let path { Self.write(LibraryCatalog(fingerprint: fingerprint.value, library: library), to: path) }
        library.listedFingerprint = fingerprint
        return library
    }

    /// Where the catalog of `directory` is kept; nil when there is no private folder for it.
    func catalogPath(forLibrary directory: String) -> String? { index.cacheFile("catalog", forLibrary: directory) }

    static func read(_ path: String) -> LibraryCatalog? {
        guard let storage = IndexStorage(mapping: path) else { return nil }
        return try? LibraryCatalog(decoding: storage.bytes)
    }

    /// Failing to write the catalog is not an error: the next start parses the library again.
    private static func write(_ catalog: LibraryCatalog, to path: String) {
        try? DurableFile.replace(path, with: catalog.encoded())
    }
}
