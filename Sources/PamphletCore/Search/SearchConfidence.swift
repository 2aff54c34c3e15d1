/// How sure the engine is that a result answers the query, from which of the query's
/// words the result and its article hold. BM25 scores say which document is best, not
/// whether any is good: an off-topic question ("how to change a tire") still matches a
/// word somewhere, but seldom all its content words in one article, as written, with one
/// of them naming the article's topic.
public enum SearchConfidence: String, Sendable, Codable, Equatable, Comparable {
    case low
    case medium
    case high

    public static func < (left: SearchConfidence, right: SearchConfidence) -> Bool {
        let order: [SearchConfidence] = [.low, .medium, .high]
        return order.firstIndex(of: left)! < order.firstIndex(of: right)!
    }

    static func judge(plan: QueryPlan, evidence: MatchEvidence) -> SearchConfidence {
        let scoring = plan.scoringWords
        var content: UInt32 = 0
        var weight = 0.0, weightInDocument = 0.0
        for (bit, wordIndex) in scoring.enumerated() {
            let word = plan.words[wordIndex], mask: UInt32 = 1 << UInt32(bit)
            weight += word.weight
            if evidence.documentWords & mask != 0 { weightInDocument += word.weight }
            if word.isContent { content |= mask }
        }
        guard weight > 0 else { return .low }
        let documentShare = weightInDocument / weight
        guard content != 0 else { return documentShare >= 0.99 ? .medium : .low }
        let allInArticle = evidence.articleWords & content == content
        let allStrongInArticle = evidence.articleStrongWords & content == content
        let namesTopic = evidence.articleTopicWords & content != 0
        let strongInDocument = (evidence.documentStrongWords & content).nonzeroBitCount
        if allStrongInArticle && namesTopic && documentShare >= 0.5 { return .high }
        if allInArticle && documentShare >= 0.5 && (namesTopic || strongInDocument >= min(2, content.nonzeroBitCount)) {
            return .medium
        }
        return .low
    }
}

/// Which scoring words (bits in the order of `QueryPlan.scoringWords`) a result holds.
struct MatchEvidence: Equatable {
    var documentWords: UInt32
    /// Matched as written, by stem or by synonym: not only through a typo or prefix.
    var documentStrongWords: UInt32
    var articleWords: UInt32
    var articleStrongWords: UInt32
    /// Strong matches in the article's title or keywords.
    var articleTopicWords: UInt32
}
