/// The front matter keys an author may write, and the closest one to a typo.
enum FrontMatterKeys {
    /// The known key an unknown one was most likely meant to be: the nearest by
    /// edit distance (at most two edits, or one for keys of four letters or fewer),
    /// case ignored, so `Title` and `titel` both point at `title`.
    static func closest(to unknown: String) -> String? {
        let wanted = unknown.lowercased()
        let limit = wanted.count <= 4 ? 1 : 2
        return FrontMatter.knownKeys.sorted()
            .compactMap { known in EditDistance.between(wanted, known, atMost: limit).map { (known, $0) } }
            .min { $0.1 < $1.1 }?.0
    }
}
