import PamphletCore

extension SearchIndexCache {
    /// The index cache the commands and readers use: progress on standard error, and search
    /// by meaning where the library's `semantic:` setting and an installed model allow.
    static func forLibrary(config: LibraryConfig) -> SearchIndexCache {
        var cache = SearchIndexCache(progress: ProgressLine.show)
        cache.semanticMode = config.semanticMode
        if config.semanticMode != .off,
           let directory = E5Encoder.locate(environment: ProcessEnvironment.variables,
                                            executableDirectory: ExecutableLocation.directory) {
            cache.semanticEncoder = E5Encoder(directory: directory)
        }
        return cache
    }
}
