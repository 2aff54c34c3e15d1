/// A query turned into index terms: each query word with the terms it may match, how much
/// a match through each is worth, and how much the word itself says about the question.
struct QueryPlan {
    struct Expansion {
        var term: Int
        /// 1 for the word itself or its stem; less for typos, prefixes and synonyms.
        var weight: Double
    }

    struct Word {
        var text: String
        /// How much the word says about what is asked: 0 for stop words, little for the
        /// words every question has ("know", "normal", "cause"), 1 for the rest.
        var weight: Double
        var expansions: [Expansion]
        /// Stems of the expansions, to find the word again in a document's text.
        var stems: Set<String>

        /// A word that names what the question is about (not boilerplate, not a stop word).
        var isContent: Bool { weight >= 1 }
    }

    var words: [Word]
    /// The folded query words, for the exact-question bonus.
    var foldedWords: [String]
    /// The language the query is written in, when its function words say so ("en", "es").
    var language: String?

    /// The words that count (weight above 0), in query order; computed once, as the
    /// re-ranking asks for them for every word of every candidate's text.
    private(set) var scoringWords: [Int] = []
    var totalWeight: Double { scoringWords.reduce(0) { $0 + words[$1].weight } }
    /// The first scoring word each stem belongs to, to find query words in a text.
    private(set) var wordByStem: [String: Int] = [:]

    enum Weight {
        static let perTypo = 0.55
        static let prefix = 0.7
        static let synonym = 0.8
        static let prefixLimit = 24
        static let boilerplate = 0.25
        static let synonymPhrasePart = 0.4
    }

    /// Expands `query` against `index`. The last word also matches as a prefix when
    /// `lastWordIsPrefix` (as-you-type search).
    init(query: String, index: SearchIndex, lexicon: Lexicon, lastWordIsPrefix: Bool) throws(SearchIndexError) {
        let folded = Array(Tokenizer.words(in: query).prefix(16))
        foldedWords = folded
        language = QueryLanguage.detect(query: query, words: folded)
        let stemmers = index.languages.map { Stemmer(language: $0) }
        let matcher = VocabularyMatcher(index: index)
        let synonyms = lexicon.alternatives(for: folded)
        let onlyStopWords = folded.allSatisfy(StopWords.contains)
        let onlyLowWeight = folded.allSatisfy { StopWords.contains($0) || StopWords.isBoilerplate($0) }

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
                let spanWords = Set(folded[alternative.span])
                // A phrase holding a word of the query adds nothing but its other words,
                // which alone mean something else ("therapy" of "ketamine therapy").
                for phrase in alternative.phrases where !phrase.contains(where: spanWords.contains) {
                    // Of a phrase of several words, the rarest carries the synonym; the
                    // others are weak evidence alone ("blood" of "blood clot").
                    var phraseTerms: [(terms: [Int], frequency: Int)] = []
                    for synonym in phrase where !StopWords.contains(synonym) {
                        let terms = try exactTerms(synonym)
                        guard !terms.isEmpty else { continue }
                        var frequency = Int.max
                        for term in terms { frequency = min(frequency, try index.term(term).documentFrequency) }
                        phraseTerms.append((terms, frequency))
                    }
                    let rarest = phraseTerms.indices.min { phraseTerms[$0].frequency < phraseTerms[$1].frequency }
                    for (offset, entry) in phraseTerms.enumerated() {
                        let weight = offset == rarest ? Weight.synonym : Weight.synonym * Weight.synonymPhrasePart
                        for term in entry.terms { offer(term, weight) }
                    }
                }
            }
            var stems: Set<String> = []
            for term in best.keys { stems.insert(try index.termString(term).string()) }
            let weight: Double
            if onlyStopWords || inSynonymSpan {
                weight = 1
            } else if StopWords.contains(word) {
                weight = 0
            } else if StopWords.isBoilerplate(word) {
                weight = onlyLowWeight ? 1 : Weight.boilerplate
            } else {
                weight = 1
            }
            words.append(Word(text: word, weight: weight,
                              expansions: best.map { Expansion(term: $0.key, weight: $0.value) }.sorted { $0.term < $1.term },
                              stems: stems))
        }
        self.words = words
        scoringWords = words.indices.filter { words[$0].weight > 0 }
        for wordIndex in scoringWords {
            for stem in words[wordIndex].stems where wordByStem[stem] == nil { wordByStem[stem] = wordIndex }
        }
    }
}

/// The language of a query, from its function words: a stop-word profile, which is all
/// a few words allow.
enum QueryLanguage {
    static func detect(query: String, words: [String]) -> String? {
        var english = 0, spanish = 0
        for scalar in query.unicodeScalars where "¿¡ñÑ".unicodeScalars.contains(scalar) { spanish += 2 }
        for word in words {
            let inEnglish = StopWords.english.contains(word) || StopWords.englishBoilerplate.contains(word)
            let inSpanish = StopWords.spanish.contains(word) || StopWords.spanishBoilerplate.contains(word)
            if inEnglish && !inSpanish { english += 1 }
            if inSpanish && !inEnglish { spanish += 1 }
        }
        if english > spanish { return "en" }
        if spanish > english { return "es" }
        return nil
    }
}

private func pow(_ base: Double, _ exponent: Double) -> Double {
    var result = 1.0
    for _ in 0..<Int(exponent) { result *= base }
    return result
}
