/// Levenshtein distance over characters, for "did you mean" suggestions.
enum EditDistance {
    /// The distance, or nil when it exceeds `limit` (checked cheaply by length first).
    static func between(_ a: String, _ b: String, atMost limit: Int) -> Int? {
        let a = Array(a), b = Array(b)
        guard abs(a.count - b.count) <= limit else { return nil }
        var previous = Array(0...b.count)
        var current = previous
        for i in a.indices {
            current[0] = i + 1
            for j in b.indices {
                let substitution = previous[j] + (a[i] == b[j] ? 0 : 1)
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, substitution)
            }
            swap(&previous, &current)
        }
        let distance = previous[b.count]
        return distance <= limit ? distance : nil
    }
}

extension EditDistance {
    /// Optimal string alignment distance over bytes (a swap of two neighbouring letters
    /// counts as one edit), as search measures typos; nil when it exceeds `limit`.
    static func optimalStringAlignment(_ a: [UInt8], _ b: [UInt8], atMost limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a == b { return 0 }
        guard limit > 0 else { return nil }
        let width = b.count + 1
        var rows = [Int](repeating: 0, count: (a.count + 1) * width)
        for column in 0...b.count { rows[column] = column }
        for i in stride(from: 1, through: a.count, by: 1) {
            rows[i * width] = i
            for j in 1..<width {
                let substitution = rows[(i - 1) * width + j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                var cost = min(rows[(i - 1) * width + j] + 1, rows[i * width + j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cost = min(cost, rows[(i - 2) * width + j - 2] + 1)
                }
                rows[i * width + j] = cost
            }
        }
        let distance = rows[a.count * width + b.count]
        return distance <= limit ? distance : nil
    }
}
