/// Finds an article by id, or explains which ids the user may have meant.
public enum ArticleLookup {
    public struct NotFound: Error, Sendable, Equatable, CustomStringConvertible {
        public var requestedID: String
        /// Closest existing ids, best first (possibly empty).
        public var suggestions: [String]

        public var description: String {
            var message = "no article '\(requestedID)'"
            if !suggestions.isEmpty {
                message += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
            }
            return message + " (`pamphlet list` shows every article)"
        }
    }

    public static func article(id: String, in library: Library) throws(NotFound) -> Article {
        if let article = library.article(id: id) { return article }
        throw NotFound(requestedID: id, suggestions: suggestions(for: id, among: library.entries.map(\.id)))
    }

    /// Ids that contain what was typed come first (people type a memorable word),
    /// then ids within a few edits of it (typos), nearest first.
    public static func suggestions(for query: String, among ids: [String], limit: Int = 3) -> [String] {
        let wanted = query.lowercased()
        guard !wanted.isEmpty else { return [] }
        let allowedEdits = max(2, wanted.count / 3)
        let ranked: [(id: String, rank: Int)] = ids.compactMap { id in
            let candidate = id.lowercased()
            if candidate.contains(wanted) { return (id, 0) }
            let distance = EditDistance.between(wanted, candidate, atMost: allowedEdits)
            return distance.map { (id, $0) }
        }
        return ranked
            .sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.id < $1.id }
            .prefix(limit)
            .map(\.id)
    }
}
