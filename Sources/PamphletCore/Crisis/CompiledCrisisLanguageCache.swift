/// Where a library's compiled crisis language is kept: `crisis-<hash of the library
/// path>.bin` beside its search index, trusted as the index is (a regular file of this
/// user's, in a folder no one else can write). With no such folder the file is compiled
/// at every run, as before.
struct CompiledCrisisLanguageCache {
    var index: SearchIndexCache

    /// The file's phrases compiled: from the cache when it was compiled from this very
    /// text, else parsed (throwing its problems) and the cache written.
    func compiled(text: String, path: String, library: String) throws(CrisisLanguageError) -> CompiledCrisisLanguage {
        let sourceHash = Checksum.of(Array(text.utf8))
        let cachePath = index.cacheFile("crisis", forLibrary: library)
        if let cachePath, let storage = IndexStorage(mapping: cachePath),
           let cached = try? CompiledCrisisLanguage(decoding: storage.bytes, sourceHash: sourceHash, path: path) {
            return cached
        }
        let language = try CrisisLanguage(parsing: text, path: path)
        let compiled = CompiledCrisisLanguage(detector: CrisisDetector(language), warnings: language.warnings)
        // Failing to write is not an error: the next run compiles it again.
        if let cachePath { try? DurableFile.replace(cachePath, with: compiled.encoded(sourceHash: sourceHash)) }
        return compiled
    }
}
