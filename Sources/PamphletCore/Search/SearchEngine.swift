#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Library search: an index plus the curated lexicon, queried with BM25F ranking.
///
/// Scoring runs in two passes. The first walks the postings of every expansion of every
/// query word and keeps, per document, the best BM25F score of each word (so a word's
/// typo variants or synonyms never add up), weighted by how much the word says and by how
/// complete the match is; and the same per article, over all its documents, so that the
/// article the question is about wins first and the place in it second. The best
/// candidates are then re-ranked from their text: proximity of the matched words, an
/// exact question match; and the results shown get their snippet and a confidence.
public struct SearchEngine: Sendable {
    public let index: SearchIndex
    public let lexicon: Lexicon
    public var weights: RankingWeights
    /// The library folder the index was built from; when set, the files behind the results
    /// returned are checked against the index (`verifySources`).
    public var sourceDirectory: String?
    /// Article files whose results are left out: found changed since a manually kept
    /// index was built (`IndexMode.manual`), until `pamphlet index` runs.
    public var excludedFiles: Set<String> = []
    /// Passage vectors and the query encoder, when the library has them (`pamphlet index`
    /// makes them where the model is installed): the shortlist is then ordered by meaning
    /// and words together.
    public var semantic: SemanticRanking?

    public init(index: SearchIndex, lexicon: Lexicon = .empty, weights: RankingWeights = .standard,
                sourceDirectory: String? = nil) {
        self.index = index
        self.lexicon = lexicon
        self.weights = weights
        self.sourceDirectory = sourceDirectory
    }

    /// Builds an in-memory index of `articles` (for small libraries, tests and the reader).
    public init(articles: [Article], lexicon: Lexicon = .empty, weights: RankingWeights = .standard) {
        var builder = SearchIndexBuilder()
        for article in articles { builder.add(article) }
        self.init(index: builder.build(), lexicon: lexicon, weights: weights)
    }

    /// The best-ranked documents for `query`, best first. Throws only when a cached index
    /// turns out to be damaged or out of date.
    public func search(_ query: String, options: SearchOptions = SearchOptions()) throws(SearchIndexError) -> [SearchResult] {
        guard options.limit > 0 else { return [] }
        let plan = try QueryPlan(query: query, index: index, lexicon: lexicon, lastWordIsPrefix: options.lastWordIsPrefix)
        let scoringWords = plan.scoringWords
        guard !scoringWords.isEmpty else { return [] }

        var allowed = 0..<index.documentCount
        if let articleID = options.article {
            guard let article = try index.articleIndex(id: articleID) else { return [] }
            allowed = try index.article(article).documents
        }
        let candidates = try firstPass(plan, scoringWords: scoringWords, allowed: allowed, kind: options.kind)
        let shortlistSize = max(options.limit * 2, semantic == nil ? 20 : Self.semanticShortlist)
        let shortlist = Self.best(candidates, count: shortlistSize)
        let matcher = QueryTextMatcher(plan: plan)
        var reranked: [Reranked] = []
        for candidate in shortlist { reranked.append(try rerank(candidate, plan: plan, matcher: matcher)) }
        reranked.sort(by: Self.ranksBefore)
        if let semantic, let ordered = try semanticallyReranked(reranked, query: query, semantic: semantic) {
            reranked = ordered
        }
        if !excludedFiles.isEmpty {
            var kept: [Reranked] = []
            for entry in reranked where try !isExcluded(article: entry.article) { kept.append(entry) }
            reranked = kept
        }
        // Snippets only for the results shown, and only from files that still hold that text.
        try verifySources(of: reranked.prefix(options.limit).map(\.article))
        return try reranked.prefix(options.limit).map { entry throws(SearchIndexError) in
            try result(entry, plan: plan, matcher: matcher)
        }
    }

    /// FAQ answers only: the FAQ filter of the reader (`lastWordIsPrefix` while typing).
    public func searchFAQ(_ query: String, article: String? = nil, limit: Int = 10,
                          lastWordIsPrefix: Bool = false) throws(SearchIndexError) -> [SearchResult] {
        try search(query, options: SearchOptions(limit: limit, kind: .faq, article: article, lastWordIsPrefix: lastWordIsPrefix))
    }

    /// Best score first; on a tie an FAQ answer before a section, then index order.
    static func ranksBefore(_ a: Reranked, _ b: Reranked) -> Bool {
        let tolerance = 1e-9 * max(abs(a.score), abs(b.score))
        if abs(a.score - b.score) > tolerance { return a.score > b.score }
        if a.kind != b.kind { return a.kind == .faq }
        return a.document < b.document
    }

    /// The `count` highest scores, best first, without sorting every candidate.
    private static func best(_ candidates: [Candidate], count: Int) -> [Candidate] {
        guard candidates.count > count * 4 else { return Array(candidates.sorted { $0.score > $1.score }.prefix(count)) }
        var threshold = 0.0
        var kept: [Candidate] = []
        for candidate in candidates where candidate.score >= threshold {
            kept.append(candidate)
            if kept.count >= count * 4 {
                kept.sort { $0.score > $1.score }
                kept.removeLast(kept.count - count)
                threshold = kept[kept.count - 1].score
            }
        }
        return Array(kept.sorted { $0.score > $1.score }.prefix(count))
    }

    /// A document after the first pass: its score, and which scoring words (bits in the
    /// order of `QueryPlan.scoringWords`) it and its article matched.
    struct Candidate {
        var document: Int
        var score: Double
        var evidence: MatchEvidence
    }

    // MARK: First pass: BM25F over postings, per document and per article

    private func firstPass(_ plan: QueryPlan, scoringWords: [Int], allowed: Range<Int>,
                           kind: SearchDocumentKind?) throws(SearchIndexError) -> [Candidate] {
        let documentCount = index.documentCount, articleCount = index.articleCount
        var total = [Double](repeating: 0, count: documentCount)
        var matchedWords = [UInt32](repeating: 0, count: documentCount)
        var wordBest = [Double](repeating: 0, count: documentCount)
        var articleTotal = [Double](repeating: 0, count: articleCount)
        var articleWords = [UInt32](repeating: 0, count: articleCount)
        var articleWordBest = [Double](repeating: 0, count: articleCount)
        // Words matched as written, by stem or by a synonym (not only through a typo or a
        // prefix), per document and per article; and words in the article's own fields.
        var strongWords = [UInt32](repeating: 0, count: documentCount)
        var articleStrongWords = [UInt32](repeating: 0, count: articleCount)
        var articleTopicWords = [UInt32](repeating: 0, count: articleCount)
        var touched: [Int] = [], touchedArticles: [Int] = []
        var everMatched: [Int] = []
        var articleFrequency = [Int](repeating: 0, count: scoringWords.count)
        let averages = index.averageFieldLengths
        let fieldCount = IndexFormat.fieldCount

        // Per kind (FAQ 0, section 1) and field: weight, and the two terms of BM25's length norm.
        // The article-level weights count the article's own fields (title, keywords) more.
        var fieldWeights = [[Double]](repeating: [], count: 2)
        var articleFieldWeights = [[Double]](repeating: [], count: 2)
        for (kindIndex, kindOfDocument) in [SearchDocumentKind.faq, .section].enumerated() {
            fieldWeights[kindIndex] = (0..<fieldCount).map { weights.fieldWeight($0, kind: kindOfDocument) }
            articleFieldWeights[kindIndex] = fieldWeights[kindIndex]
            articleFieldWeights[kindIndex][SearchField.articleTitle.rawValue] = weights.articleTopic
        }
        let articleField = SearchField.articleTitle.rawValue
        let normBase = (0..<fieldCount).map { 1 - weights.lengthNormalization($0) }
        let normPerWord = (0..<fieldCount).map { weights.lengthNormalization($0) / averages[$0] }
        let wantedKind: UInt8? = kind.map { $0 == .faq ? 0 : 1 }
        let documents = index.documentTable
        let recordSize = IndexFormat.documentRecordSize

        for (bit, wordIndex) in scoringWords.enumerated() {
            let word = plan.words[wordIndex]
            let wordBit: UInt32 = 1 << UInt32(bit)
            for expansion in word.expansions {
                let strong = expansion.weight >= QueryPlan.Weight.synonym * 0.99 ? wordBit : 0
                let frequency = Double(try index.term(expansion.term).documentFrequency)
                let idf = log(1 + (Double(documentCount) - frequency + 0.5) / (frequency + 0.5))
                let postings = try index.postings(of: expansion.term)
                var cursor = 0, document = 0
                while cursor < postings.count {
                    document += Int(truncatingIfNeeded: try postings.varint(&cursor))
                    guard document >= 0, document < documentCount else { throw .corrupt("posting of term \(expansion.term)") }
                    let mask = try postings.u8(cursor)
                    cursor += 1
                    let record = documents + document * recordSize
                    let kindOfDocument = Int(record.load(fromByteOffset: 4, as: UInt8.self) & 1)
                    var weighted = 0.0, articleWeighted = 0.0
                    for field in 0..<fieldCount where mask & (1 << UInt8(field)) != 0 {
                        let count = Double(try postings.varint(&cursor))
                        let length = Double(UInt16(littleEndian: record.loadUnaligned(fromByteOffset: 8 + 2 * field, as: UInt16.self)))
                        let normalized = count / (normBase[field] + normPerWord[field] * length)
                        weighted += fieldWeights[kindOfDocument][field] * normalized
                        articleWeighted += articleFieldWeights[kindOfDocument][field] * normalized
                    }
                    let score = expansion.weight * idf * weighted / (weights.k1 + weighted)
                    let articleScore = expansion.weight * idf * articleWeighted / (weights.k1 + articleWeighted)
                    let article = Int(UInt32(littleEndian: record.loadUnaligned(fromByteOffset: 0, as: UInt32.self)))
                    guard article < articleCount else { throw .corrupt("article of document \(document)") }
                    if articleWordBest[article] == 0 { touchedArticles.append(article) }
                    articleWordBest[article] = max(articleWordBest[article], articleScore)
                    articleStrongWords[article] |= strong
                    if mask & (1 << UInt8(articleField)) != 0 { articleTopicWords[article] |= strong }
                    guard allowed.contains(document), wantedKind == nil || wantedKind == UInt8(kindOfDocument) else { continue }
                    if wordBest[document] == 0 { touched.append(document) }
                    wordBest[document] = max(wordBest[document], score)
                    strongWords[document] |= strong
                }
            }
            // Once the article is found by its topic words, the place in it is found by the
            // others: a word of the article's title or keywords counts less there.
            for document in touched {
                if matchedWords[document] == 0 { everMatched.append(document) }
                let article = Int(UInt32(littleEndian: (documents + document * recordSize).loadUnaligned(as: UInt32.self)))
                let share = articleTopicWords[article] & wordBit != 0 ? weights.topicWordInDocument : 1
                total[document] += word.weight * share * wordBest[document]
                matchedWords[document] |= 1 << UInt32(bit)
                wordBest[document] = 0
            }
            for article in touchedArticles {
                articleTotal[article] += word.weight * articleWordBest[article]
                articleWords[article] |= 1 << UInt32(bit)
                articleWordBest[article] = 0
            }
            articleFrequency[bit] = touchedArticles.count
            touched.removeAll(keepingCapacity: true)
            touchedArticles.removeAll(keepingCapacity: true)
        }

        // The topic word: of the content words that name some article's topic (are in its
        // title or keywords), the one found in the fewest articles, when it is rare enough.
        // An article without it is not what the question is about. A word in no article's
        // title is not a topic, however rare ("safe" of "are sleeping pills safe").
        var namesATopic: UInt32 = 0
        for article in 0..<articleCount { namesATopic |= articleTopicWords[article] }
        var required: UInt32 = 0
        var fewest = Int.max
        for (bit, wordIndex) in scoringWords.enumerated() where plan.words[wordIndex].isContent && namesATopic & (1 << UInt32(bit)) != 0 {
            let frequency = articleFrequency[bit]
            if frequency > 0, frequency < fewest, Double(frequency) * weights.topicWordArticleShare <= Double(articleCount) {
                fewest = frequency
                required = 1 << UInt32(bit)
            }
        }

        let bitWeights = scoringWords.map { plan.words[$0].weight }
        let totalWeight = bitWeights.reduce(0, +)
        func coverage(_ mask: UInt32) -> Double {
            var matched = 0.0
            for bit in bitWeights.indices where mask & (1 << UInt32(bit)) != 0 { matched += bitWeights[bit] }
            let share = matched / totalWeight
            var coverage = share * share.squareRoot()
            if mask.nonzeroBitCount == scoringWords.count && scoringWords.count > 1 { coverage *= weights.allWordsBonus }
            return coverage
        }
        // Per article, computed on its first document: its score and its language factor.
        var articleScores = [Double](repeating: -1, count: articleCount)
        var languageFactors = [Double](repeating: 1, count: articleCount)
        var coverages: [UInt32: Double] = [:]
        func cachedCoverage(_ mask: UInt32) -> Double {
            if let known = coverages[mask] { return known }
            let computed = coverage(mask)
            coverages[mask] = computed
            return computed
        }
        var candidates: [Candidate] = []
        candidates.reserveCapacity(everMatched.count)
        for document in everMatched {
            let record = documents + document * recordSize
            let article = Int(UInt32(littleEndian: record.loadUnaligned(fromByteOffset: 0, as: UInt32.self)))
            if articleScores[article] < 0 {
                articleScores[article] = cachedCoverage(articleWords[article]) * articleTotal[article]
                if let language = plan.language, try index.articleLanguage(article) != language {
                    languageFactors[article] = weights.otherLanguage
                }
            }
            var articleScore = articleScores[article]
            var score = total[document] * cachedCoverage(matchedWords[document])
            if required != 0 && articleWords[article] & required == 0 {
                score *= weights.missingTopicWord
                articleScore *= weights.missingTopicWord
            }
            score += weights.articleEvidence * articleScore
            score *= languageFactors[article]
            let bodyLength = UInt16(littleEndian: record.loadUnaligned(fromByteOffset: 8 + 2 * SearchField.body.rawValue, as: UInt16.self))
            if bodyLength == 0 { score *= weights.emptySection }
            // The article's introduction (its title is counted in the article's fields, so
            // its own is empty): the parts after it say more about any one question.
            let titleLength = UInt16(littleEndian: record.loadUnaligned(fromByteOffset: 8 + 2 * SearchField.title.rawValue, as: UInt16.self))
            if titleLength == 0 && record.load(fromByteOffset: 4, as: UInt8.self) & 1 == 1 { score *= weights.introduction }
            candidates.append(Candidate(document: document, score: score, evidence: MatchEvidence(
                documentWords: matchedWords[document], documentStrongWords: strongWords[document],
                articleWords: articleWords[article], articleStrongWords: articleStrongWords[article],
                articleTopicWords: articleTopicWords[article])))
        }
        return candidates
    }

    // MARK: Second pass: proximity, exact question, snippet, confidence

    /// A shortlisted document after the second pass, before its snippet is made.
    struct Reranked {
        var document: Int
        var article: Int
        var kind: SearchDocumentKind
        var text: SearchIndex.DocumentText
        var score: Double
        var evidence: MatchEvidence
        /// The body's words and which query word each is, when proximity needed them.
        var body: (tokens: [Token], matches: [Int?])?
        /// The cosine with the query, when it was ranked by meaning too.
        var similarity: Double? = nil
    }

    private func rerank(_ candidate: Candidate, plan: QueryPlan, matcher: QueryTextMatcher) throws(SearchIndexError) -> Reranked {
        let document = candidate.document
        let text = try index.text(of: document)
        let articleIndex = try index.documentArticle(document)
        let kind = try index.documentKind(document)

        let titleTokens = Tokenizer.tokens(in: text.title)
        var score = candidate.score
        var body: (tokens: [Token], matches: [Int?])?
        // Proximity needs two query words; a one-word query skips reading the body here.
        if plan.scoringWords.count >= 2 {
            let language = try index.articleLanguage(articleIndex)
            let bodyTokens = Tokenizer.tokens(in: text.body)
            let bodyMatches = matcher.matches(bodyTokens, language: language)
            let proximity = max(Self.proximity(of: matcher.matches(titleTokens, language: language)),
                                Self.proximity(of: bodyMatches))
            score *= 1 + weights.proximityBonus * proximity
            body = (bodyTokens, bodyMatches)
        }
        let titleWords = titleTokens.map(\.text)
        if titleWords == plan.foldedWords {
            score *= weights.exactTitleBonus
        } else if titleWords.filter({ !StopWords.contains($0) }) == plan.foldedWords.filter({ !StopWords.contains($0) }) {
            score *= 1 + (weights.exactTitleBonus - 1) / 2
        }
        return Reranked(document: document, article: articleIndex, kind: kind, text: text, score: score,
                        evidence: candidate.evidence, body: body)
    }

    private func result(_ entry: Reranked, plan: QueryPlan, matcher: QueryTextMatcher) throws(SearchIndexError) -> SearchResult {
        let article = try index.article(entry.article)
        let bodyTokens = entry.body?.tokens ?? Tokenizer.tokens(in: entry.text.body)
        let bodyMatches: [Int?]
        if let known = entry.body?.matches {
            bodyMatches = known
        } else {
            bodyMatches = matcher.matches(bodyTokens, language: try index.articleLanguage(entry.article))
        }
        return SearchResult(article: article.id, articleTitle: article.title, anchor: entry.text.anchor, kind: entry.kind,
                            title: entry.text.title, score: entry.score,
                            snippet: SnippetBuilder.snippet(of: entry.text.body, tokens: bodyTokens, matched: bodyMatches),
                            text: entry.text.body,
                            confidence: confidence(of: entry, plan: plan),
                            similarity: entry.similarity)
    }

    /// The words' confidence, raised from low to medium when the meaning is close enough
    /// (a paraphrase shares too few words to be sure by them: "having a beer on Zoloft").
    private func confidence(of entry: Reranked, plan: QueryPlan) -> SearchConfidence {
        let byWords = SearchConfidence.judge(plan: plan, evidence: entry.evidence)
        guard byWords == .low, let similarity = entry.similarity, let semantic,
              similarity >= semantic.encoder.confidentSimilarity else { return byWords }
        return .medium
    }

    /// 1 when all the distinct query words found in a field stand side by side, falling
    /// towards 0 as the shortest passage holding them grows; 0 for fewer than two words.
    static func proximity(of matched: [Int?]) -> Double {
        let distinct = Set(matched.compactMap { $0 })
        guard distinct.count >= 2 else { return 0 }
        var counts: [Int: Int] = [:]
        var covered = 0, start = 0, shortest = Int.max
        for (end, word) in matched.enumerated() {
            guard let word else { continue }
            counts[word, default: 0] += 1
            if counts[word] == 1 { covered += 1 }
            while covered == distinct.count {
                if let first = matched[start] {
                    shortest = min(shortest, end - start + 1)
                    counts[first]! -= 1
                    if counts[first] == 0 { covered -= 1 }
                }
                start += 1
            }
        }
        return Double(distinct.count - 1) / Double(shortest - 1)
    }
}
