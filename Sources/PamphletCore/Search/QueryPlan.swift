/// A query turned into index terms: each query word with the terms it may match and how
/// much a match through each is worth.
struct QueryPlan {
    struct Expansion {
        var term: Int
        /// 1 for the word itself or its stem; less for typos, prefixes and synonyms.
        var weight: Double
    }

    struct Word {
        var text: String
        /// Carries no weight (unless the whole query is stop words).
        var isStopWord: Bool
        var expansions: [Expansion]
        /// Stems of the expansions, to find the word again in a document's text.
        var stems: Set<String>
    }

    var words: [Word]
    /// The folded query words, for the exact-question bonus.
    var foldedWords: [String]

    var scoringWords: [Int] { words.indices.filter { !words[$0].isStopWord } }

    enum Weight {
        static let perTypo = 0.55
        static let prefix = 0.7
        static let synonym = 0.8
        static let prefixLimit = 24
    }

    /// Expands `query` against `index`. The last word also matches as a prefix when
    /// `lastWordIsPrefix` (as-you-type search).
    init(query: String, index: SearchIndex, lexicon: Lexicon, lastWordIsPrefix: Bool) throws(SearchIndexError) {
        let folded = Array(Tokenizer.words(in: query).prefix(16))
        foldedWords = folded
        let stemmers = index.languages.map { Stemmer(language: $0) }
        let matcher = VocabularyMatcher(index: index)
        let synonyms = lexicon.alternatives(for: folded)
        let onlyStopWords = folded.allSatisfy(StopWords.contains)

        func exactTerms(_ word: String) throws(SearchIndexError) -> [Int] {
            var terms: [Int] = []
            let bytes = Array(word.utf8)
            var surface = try index.surfaceLowerBound(bytes)
            while surface < index.surfaceCount, try index.surfaceString(surface).compare(bytes) == 0 {
                terms.append(try index.surfaceTerm(surface))
                surface += 1
            }
            for stemmer in stemmers {
                if let term = try index.termIndex(stem: stemmer.stem(word)) { terms.append(term) }
            }
            return terms
        }

        var words: [Word] = []
        for (position, word) in folded.enumerated() {
            var best: [Int: Double] = [:]
            func offer(_ term: Int, _ weight: Double) { best[term] = max(best[term] ?? 0, weight) }
            for term in try exactTerms(word) { offer(term, 1) }
            let bytes = Array(word.utf8)
            let allowed = TypoTolerance.allowedTypos(forWordLength: word.count)
            for match in try matcher.typoMatches(of: bytes, maximumDistance: allowed) {
                offer(try index.surfaceTerm(match.surface), pow(Weight.perTypo, Double(match.distance)))
            }
            if lastWordIsPrefix && position == folded.count - 1 {
                for surface in try matcher.prefixMatches(of: bytes, limit: Weight.prefixLimit) {
                    offer(try index.surfaceTerm(surface), Weight.prefix)
                }
            }
            var inSynonymSpan = false
            for alternative in synonyms where alternative.span.contains(position) {
                inSynonymSpan = true
                for synonym in alternative.words where !StopWords.contains(synonym) {
                    for term in try exactTerms(synonym) { offer(term, Weight.synonym) }
                }
            }
            var stems: Set<String> = []
            for term in best.keys { stems.insert(try index.termString(term).string()) }
            words.append(Word(text: word,
                              isStopWord: !onlyStopWords && !inSynonymSpan && StopWords.contains(word),
                              expansions: best.map { Expansion(term: $0.key, weight: $0.value) }.sorted { $0.term < $1.term },
                              stems: stems))
        }
        self.words = words
    }
}

private func pow(_ base: Double, _ exponent: Double) -> Double {
    var result = 1.0
    for _ in 0..<Int(exponent) { result *= base }
    return result
}
