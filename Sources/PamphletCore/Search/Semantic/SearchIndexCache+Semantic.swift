/// The passage vectors kept beside a library's index (`semantic-<hash>.bin`).
///
/// `pamphlet index` encodes every passage that has no vector yet (tens of milliseconds
/// each). A search uses the vectors as they are when they were made for the index it
/// opened; after an edit it encodes the few passages that changed
/// (`SearchIndexCache.semanticPassagesEncodedBySearch` at most, about a second) and
/// keeps the file current; with more missing it searches with the vectors it has (a
/// query whose candidates lack one goes by words alone) and says to run `pamphlet index`.
extension SearchIndexCache {
    public static let semanticPassagesEncodedBySearch = 24

    /// What became of search by meaning for this index.
    public enum SemanticStatus: Sendable, Equatable {
        /// Off: no model installed, or `semantic: off`.
        case off
        /// Off because `semantic: auto` and the library has more documents than that allows.
        case offForSize(documents: Int)
        case ready(encoded: Int)
        /// Some passages have no vector; the note says what to run.
        case partial(missing: Int)
        case failed(String)
    }

    /// Adds search by meaning to `engine` where the settings and the model allow.
    /// `everything` (pamphlet index) encodes every missing passage, reporting progress.
    func attachSemantic(to engine: inout SearchEngine, library: String, everything: Bool) -> SemanticStatus {
        guard let encoder = semanticEncoder, semanticMode != .off else { return .off }
        guard semanticMode.allows(documentCount: engine.index.documentCount) else { return .offForSize(documents: engine.index.documentCount) }
        let path = cacheFile("semantic", forLibrary: library)
        let old = path.flatMap { path in
            IndexStorage(mapping: path).flatMap { try? SemanticVectors.decoded($0.bytes, modelID: encoder.modelID) }
        }
        if let old, old.indexFingerprint == engine.index.fingerprint {
            engine.semantic = SemanticRanking(encoder: encoder, vectors: old)
            return .ready(encoded: 0)
        }
        let limit = everything ? Int.max : semanticEncodingLimit
        let refreshed: (vectors: SemanticVectors, encoded: Int)?
        do {
            // A line per tenth: on a log, 248 passages are not 31 lines.
            var reportedTenth = -1
            refreshed = try SemanticVectors.refreshed(for: engine.index, encoder: encoder, reusing: old, encodingAtMost: limit) { done, total in
                guard everything, total > 0, let progress else { return }
                if done == total { if reportedTenth >= 0 { progress(nil) }; return }
                let tenth = done * 10 / total
                guard tenth > reportedTenth else { return }
                reportedTenth = tenth
                progress("Encoding passages for search by meaning: \(done) of \(total)…")
            }
        } catch {
            return .failed(error.description)
        }
        guard let refreshed else {
            if case .failure(let error) = (encoder as? E5Encoder)?.load() { return .failed(error.description) }
            if everything { return .failed("the model could not encode a passage") }
            if let old { engine.semantic = SemanticRanking(encoder: encoder, vectors: old) }
            let passages = (try? SemanticPassage.passages(of: engine.index)) ?? []
            return .partial(missing: Set(passages.lazy.filter { old?.slot(of: $0.hash) == nil }.map(\.hash)).count)
        }
        if let path { try? DurableFile.replace(path, with: refreshed.vectors.encoded()) }
        engine.semantic = SemanticRanking(encoder: encoder, vectors: refreshed.vectors)
        return .ready(encoded: refreshed.encoded)
    }
}
