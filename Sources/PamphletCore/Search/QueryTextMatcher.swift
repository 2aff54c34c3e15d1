/// Finds a query's words in result texts, by stem, for proximity and snippets.
///
/// Stemming every word of twenty candidate texts was most of a query's time, and those
/// texts share most of their words: so each distinct word is stemmed once per query and
/// language, and its answer (which scoring word it is, if any) remembered. Most words
/// are not stemmed at all: a Snowball stemmer only rewrites a word's ending (even its
/// exceptions keep the first letter: "dying" -> "die", "skies" -> "sky"), and the text is
/// folded as the query was, so a word whose first byte starts no query stem cannot match.
final class QueryTextMatcher {
    private let plan: QueryPlan
    /// First bytes of the query's stems.
    private var firstBytes = [Bool](repeating: false, count: 256)
    private let stemmers = StemmerSet()
    /// Per language: folded word -> scoring word, or -1 for none.
    private var known: [String: Memo] = [:]

    private final class Memo {
        let stemmer: Stemmer
        var words: [String: Int] = [:]
        init(stemmer: Stemmer) { self.stemmer = stemmer }
    }

    init(plan: QueryPlan) {
        self.plan = plan
        for stem in plan.wordByStem.keys {
            if let first = stem.utf8.first { firstBytes[Int(first)] = true }
        }
    }

    /// For each token, the scoring word (an index into `plan.words`) it matches.
    func matches(_ tokens: [Token], language: String) -> [Int?] {
        let memo: Memo
        if let existing = known[language] {
            memo = existing
        } else {
            memo = Memo(stemmer: stemmers.stemmer(for: language))
            known[language] = memo
        }
        return tokens.map { token in
            guard let first = token.text.utf8.first, firstBytes[Int(first)] else { return nil }
            if let word = memo.words[token.text] { return word < 0 ? nil : word }
            let word = plan.wordByStem[memo.stemmer.stem(token.text)]
            memo.words[token.text] = word ?? -1
            return word
        }
    }
}
