import PamphletCore
import PamphletUI

/// The search engine the readers use: the library's cached index (rebuilt when stale, with
/// a progress line while a slow rebuild runs), or why there is none.
enum ReaderSearchIndex {
    static func open(for library: Library, config: LibraryConfig) -> ReaderSearch {
        let opened: SearchIndexCache.Opened
        do {
            var cache = SearchIndexCache.forLibrary(config: config)
            cache.semanticEncodingLimit = 0
            opened = try cache.open(library: library, mode: config.indexMode)
        } catch {
            return .unavailable(reason: "the search index of this library could not be opened (\(error.description))")
        }
        // Articles that fail to load are reported by the library screen; a broken lexicon only here.
        for diagnostic in opened.diagnostics where diagnostic.path.hasSuffix(Lexicon.fileName) || diagnostic == opened.cacheWarning {
            TerminalOutput.errorLine(diagnostic.description)
        }
        return .engine(opened.engine)
    }
}
