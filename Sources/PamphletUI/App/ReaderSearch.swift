import PamphletCore

/// Where the reader's library search and FAQ filter get their engine from.
public enum ReaderSearch: Sendable {
    /// An engine the host opened, normally from the persisted index cache.
    case engine(SearchEngine)
    /// An index of the articles already loaded, built in memory the first time it is
    /// needed (tests, small libraries, and the fallback when a cached index is damaged).
    case inMemory(lexicon: Lexicon)
    /// No search; the search screen says why, in words a reader can act on.
    case unavailable(reason: String)
}
