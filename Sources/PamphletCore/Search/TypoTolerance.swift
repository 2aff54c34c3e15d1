/// How many typos a query word may carry, on the rules of typo-tolerant engines
/// (Meilisearch, Typesense): none under 5 letters, 1 from 5, 2 from 9.
enum TypoTolerance {
    static func allowedTypos(forWordLength length: Int) -> Int {
        length >= 9 ? 2 : (length >= 5 ? 1 : 0)
    }
}

/// Finds the vocabulary words within a few edits of a query word, or starting with it.
///
/// The vocabulary (the index's sorted surface words) is walked as an implicit trie: words
/// that share a prefix with the previous one reuse its rows of the edit-distance table,
/// and when a prefix is already too far from the query every word under it is skipped
/// with one binary search. Distance is optimal string alignment (Damerau-Levenshtein
/// where a swap of two neighbouring letters counts as one edit).
struct VocabularyMatcher {
    let index: SearchIndex
    /// Longest vocabulary word considered for typos (longer ones are rare and costly).
    static let maximumWordLength = 40

    /// Surfaces at distance 1...`maximumDistance` from `query`, with their distance.
    func typoMatches(of query: [UInt8], maximumDistance: Int) throws(SearchIndexError) -> [(surface: Int, distance: Int)] {
        guard maximumDistance > 0, !query.isEmpty else { return [] }
        let range = 0..<index.surfaceCount
        let width = query.count + 1
        let maxDepth = Self.maximumWordLength
        var rows = [Int](repeating: 0, count: (maxDepth + 1) * width)
        var rowMinimum = [Int](repeating: 0, count: maxDepth + 1)
        for column in 0..<width { rows[column] = column }
        var path: [UInt8] = []            // the vocabulary prefix the rows describe
        var found: [(surface: Int, distance: Int)] = []
        var surface = range.lowerBound
        while surface < range.upperBound {
            let word = try index.surfaceString(surface)
            guard word.count <= maxDepth, word.count >= query.count - maximumDistance else {
                surface += 1
                continue
            }
            var depth = 0
            while depth < path.count, depth < word.count, path[depth] == word.buffer[depth] { depth += 1 }
            path.removeSubrange(depth...)
            var pruned = false
            while depth < word.count {
                let letter = word.buffer[depth]
                path.append(letter)
                depth += 1
                let row = depth * width, previous = row - width
                rows[row] = depth
                var minimum = depth
                for column in 1..<width {
                    let substitution = rows[previous + column - 1] + (query[column - 1] == letter ? 0 : 1)
                    var cost = min(rows[previous + column] + 1, rows[row + column - 1] + 1, substitution)
                    if depth > 1, column > 1, query[column - 1] == path[depth - 2], query[column - 2] == letter {
                        cost = min(cost, rows[previous - width + column - 2] + 1)
                    }
                    rows[row + column] = cost
                    minimum = min(minimum, cost)
                }
                rowMinimum[depth] = minimum
                // A swap can still reach back to the row before, hence the second condition.
                if minimum > maximumDistance && rowMinimum[depth - 1] >= maximumDistance {
                    pruned = true
                    break
                }
            }
            if pruned {
                surface = min(try firstSurface(after: path, from: surface), range.upperBound)
                path.removeLast()
                continue
            }
            let distance = rows[word.count * width + query.count]
            if distance > 0 && distance <= maximumDistance { found.append((surface, distance)) }
            surface += 1
        }
        return found
    }

    /// Surfaces that start with `prefix` and are longer than it, at most `limit` of them,
    /// the most frequent first.
    func prefixMatches(of prefix: [UInt8], limit: Int) throws(SearchIndexError) -> [Int] {
        var candidates: [(surface: Int, frequency: Int)] = []
        var surface = try index.surfaceLowerBound(prefix)
        while surface < index.surfaceCount {
            let word = try index.surfaceString(surface)
            guard word.count >= prefix.count, prefix.withUnsafeBytes({ word.buffer.starts(with: $0) }) else { break }
            if word.count > prefix.count {
                candidates.append((surface, try index.term(try index.surfaceTerm(surface)).documentFrequency))
            }
            surface += 1
        }
        return candidates.sorted { $0.frequency > $1.frequency }.prefix(limit).map(\.surface)
    }

    /// The first surface after `from` that does not start with `prefix`. The words under a
    /// pruned prefix are usually few, so the search gallops out from `from` before halving:
    /// a handful of reads instead of a binary search over the whole vocabulary.
    private func firstSurface(after prefix: [UInt8], from: Int) throws(SearchIndexError) -> Int {
        func hasPrefix(_ surface: Int) throws(SearchIndexError) -> Bool {
            let word = try index.surfaceString(surface)
            return word.count >= prefix.count && prefix.withUnsafeBytes { word.buffer.starts(with: $0) }
        }
        var low = from + 1, step = 1
        var high = low
        while high < index.surfaceCount, try hasPrefix(high) {
            low = high + 1
            step *= 2
            high = from + step
        }
        high = min(high, index.surfaceCount)
        while low < high {
            let middle = (low + high) / 2
            if try hasPrefix(middle) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
