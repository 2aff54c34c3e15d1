import Foundation
import Testing
@testable import PamphletCore

/// Search relevance on a library that looks like a clinic's (issue 15): 17 test articles
/// (Fixtures/SearchEvaluation, 4 in Spanish) plus the shipped ketamine article and lexicon,
/// and the queries written for them before any tuning, split once at random into a tuning
/// half and a held-out half. Weights were tuned on the tuning half only; the misses printed
/// are the tuning half's, never the held-out half's.
///
/// Both halves run through the engine `pamphlet search` and `pamphlet faq` use: ranking is
/// `search` with 10 results; a no-answer query counts as answered when `faq` would print an
/// answer (the best result is confident enough).
struct SearchEvaluationTests {
    struct Query {
        var kind: String
        var text: String
        /// "article#anchor" of every acceptable place; empty for a question no article answers.
        var acceptable: Set<String>
    }

    struct Figures {
        var count = 0
        var topOne = 0.0
        var reciprocalRank = 0.0
        var meanTopOne: Double { count == 0 ? 0 : topOne / Double(count) }
        var meanReciprocalRank: Double { count == 0 ? 0 : reciprocalRank / Double(count) }
    }

    struct Half {
        var name: String
        var byKind: [String: Figures] = [:]
        var all = Figures()
        var noAnswer = 0
        var noAnswerAnswered = 0
        /// Answerable queries `faq` answers (confidently), and of those, correctly.
        var answered = 0
        var answeredCorrectly = 0
        var misses: [String] = []
        var noAnswerRate: Double { noAnswer == 0 ? 0 : Double(noAnswerAnswered) / Double(noAnswer) }
    }

    /// The issue's bar, on each half separately: NOT reached yet (see the README's table).
    /// The figures printed say how far each half is from it.
    enum IssueBar {
        static let topOne = 0.90
        static let meanReciprocalRank = 0.93
        static let topOneInEveryKind = 0.80
        static let noAnswerAnswered = 0.10
    }

    /// What the engine reaches on both halves (the lower, rounded down; the held-out half
    /// was run once, after tuning with search by meaning), asserted on both so that a change
    /// that makes search worse fails. Raise these as the engine improves, until they are
    /// the issue's bar.
    enum Bar {
        static let topOne = 0.85
        static let meanReciprocalRank = 0.90
        static let topOneInEveryKind = 0.78
        static let noAnswerAnswered = 0.10
    }

    static let kinds = ["natural", "paraphrase", "misspelled", "keyword", "spanish", "ketamine"]

    static func fixtures() throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures/SearchEvaluation", withExtension: nil)).path
    }

    static func shippedArticles() -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Articles").path
    }

    static func loadEngine() throws -> SearchEngine {
        var articles = try LibraryLoader().load(directory: try fixtures() + "/articles").articles
        articles.append(try ArticleLoader().load(path: shippedArticles() + "/what-does-ketamine-therapy-feel-like.md"))
        var engine = SearchEngine(articles: articles, lexicon: try Lexicon.load(fromLibrary: shippedArticles()),
                                  weights: weightsFromEnvironment())
        // While tuning, PAMPHLET_TUNE_SEMANTIC=off measures the words alone.
        if ProcessInfo.processInfo.environment["PAMPHLET_TUNE_SEMANTIC"] != "off" {
            engine.semantic = try SemanticTestModel.ranking(for: engine.index, cacheName: "search-evaluation")
        }
        return engine
    }

    /// The standard weights, or while tuning, with `PAMPHLET_TUNE_WEIGHTS="name=value,..."`
    /// overrides (so that trying a weight needs no rebuild).
    static func weightsFromEnvironment() -> RankingWeights {
        var weights = RankingWeights.standard
        guard let text = ProcessInfo.processInfo.environment["PAMPHLET_TUNE_WEIGHTS"] else { return weights }
        let knobs: [String: WritableKeyPath<RankingWeights, Double>] = [
            "question": \.question, "keywords": \.keywords, "heading": \.heading, "parentHeadings": \.parentHeadings,
            "articleTitle": \.articleTitle, "body": \.body, "k1": \.k1, "allWordsBonus": \.allWordsBonus,
            "proximityBonus": \.proximityBonus, "exactTitleBonus": \.exactTitleBonus, "articleEvidence": \.articleEvidence,
            "articleTopic": \.articleTopic, "topicWordArticleShare": \.topicWordArticleShare,
            "missingTopicWord": \.missingTopicWord, "otherLanguage": \.otherLanguage, "emptySection": \.emptySection, "introduction": \.introduction, "topicWordInDocument": \.topicWordInDocument,
            "bodyLengthNormalization": \.bodyLengthNormalization, "titleLengthNormalization": \.titleLengthNormalization,
            "semantic": \.semantic,
        ]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=")
            if parts.count == 2, let knob = knobs[String(parts[0])], let value = Double(parts[1]) { weights[keyPath: knob] = value }
        }
        return weights
    }

    static func queries(_ file: String) throws -> [Query] {
        let text = try String(contentsOfFile: try fixtures() + "/" + file, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 3 else { return nil }
            let acceptable = columns[2] == "-" ? [] : Set(columns[2].split(separator: " ").map(String.init))
            return Query(kind: columns[0], text: columns[1], acceptable: acceptable)
        }
    }

    static func evaluate(_ name: String, _ queries: [Query], engine: SearchEngine, listMisses: Bool) throws -> Half {
        var half = Half(name: name)
        for query in queries {
            let answer = try engine.answer(query.text)
            // While tuning: one line per query of the top result's cosine, for a confidence threshold.
            if listMisses, ProcessInfo.processInfo.environment["PAMPHLET_TUNE_SIMILARITY"] != nil {
                let ranked = try engine.search(query.text, options: SearchOptions(limit: 10))
                let top = ranked.first
                let second = ranked.dropFirst().first { $0.article != top?.article }
                print(String(format: "SIM\t%@\t%@\t%.4f\t%.4f\t%@\t%@", query.kind,
                             query.acceptable.isEmpty ? "none" : (top.map { query.acceptable.contains("\($0.article)#\($0.anchor)") } == true ? "right" : "wrong"),
                             top?.similarity ?? -1, second?.similarity ?? -1, top?.confidence.rawValue ?? "-", query.text))
            }
            guard !query.acceptable.isEmpty else {
                half.noAnswer += 1
                if case .answer(let best, _) = answer {
                    half.noAnswerAnswered += 1
                    if listMisses { half.misses.append("  [noanswer] \"\(query.text)\": answered \(best.article)#\(best.anchor) (\(best.confidence))") }
                }
                continue
            }
            let results = try engine.search(query.text, options: SearchOptions(limit: 10))
            let rank = results.firstIndex { query.acceptable.contains("\($0.article)#\($0.anchor)") }
            for kind in [query.kind] {
                half.byKind[kind, default: Figures()].count += 1
                half.byKind[kind]!.topOne += rank == 0 ? 1 : 0
                half.byKind[kind]!.reciprocalRank += rank.map { 1 / Double($0 + 1) } ?? 0
            }
            half.all.count += 1
            half.all.topOne += rank == 0 ? 1 : 0
            half.all.reciprocalRank += rank.map { 1 / Double($0 + 1) } ?? 0
            if case .answer(let best, _) = answer {
                half.answered += 1
                if query.acceptable.contains("\(best.article)#\(best.anchor)") { half.answeredCorrectly += 1 }
            }
            if listMisses && rank != 0 {
                let got = results.first.map { "\($0.article)#\($0.anchor) (\($0.confidence))" } ?? "nothing"
                half.misses.append("  [\(query.kind)] \"\(query.text)\": rank \(rank.map { String($0 + 1) } ?? "-"), top was \(got)")
            } else if listMisses, case .unsure = answer {
                half.misses.append("  [\(query.kind)] \"\(query.text)\": right at rank 1 but faq is unsure (\(results[0].confidence))")
            }
        }
        return half
    }

    /// The README's table: one row per kind, both halves side by side.
    static func table(_ tuning: Half, _ heldOut: Half) -> String {
        func cell(_ figures: Figures?) -> String {
            guard let figures else { return "| | |" }
            return String(format: "%d | %.2f | %.2f", figures.count, figures.meanTopOne, figures.meanReciprocalRank)
        }
        var lines = ["| kind | tuning n | top-1 | MRR@10 | held-out n | top-1 | MRR@10 |", "|---|---:|---:|---:|---:|---:|---:|"]
        for kind in kinds { lines.append("| \(kind) | \(cell(tuning.byKind[kind])) | \(cell(heldOut.byKind[kind])) |") }
        lines.append("| all answerable | \(cell(tuning.all)) | \(cell(heldOut.all)) |")
        lines.append(String(format: "| no answer: answered by `faq` | %d | %d/%d | | %d | %d/%d | |",
                            tuning.noAnswer, tuning.noAnswerAnswered, tuning.noAnswer,
                            heldOut.noAnswer, heldOut.noAnswerAnswered, heldOut.noAnswer))
        lines.append(String(format: "| answerable that `faq` answers (right) | %d | %d (%d) | | %d | %d (%d) | |",
                            tuning.all.count, tuning.answered, tuning.answeredCorrectly,
                            heldOut.all.count, heldOut.answered, heldOut.answeredCorrectly))
        return lines.joined(separator: "\n")
    }

    /// Prints both halves' table (for the README) and checks the bar on each. Tuning runs
    /// only `tuningHalfMeetsTheBar`, which lists the tuning half's misses.
    @Test func heldOutHalfMeetsTheBar() throws {
        let engine = try Self.loadEngine()
        let tuning = try Self.evaluate("tuning", try Self.queries("queries-tuning.tsv"), engine: engine, listMisses: false)
        let heldOut = try Self.evaluate("held-out", try Self.queries("queries-heldout.tsv"), engine: engine, listMisses: false)
        #expect(heldOut.all.count + heldOut.noAnswer >= 150)
        print("Search evaluation (issue 15), both halves:\n" + Self.table(tuning, heldOut))
        try Self.expectBar(heldOut)
    }

    @Test func tuningHalfMeetsTheBar() throws {
        let engine = try Self.loadEngine()
        let tuning = try Self.evaluate("tuning", try Self.queries("queries-tuning.tsv"), engine: engine, listMisses: true)
        #expect(tuning.all.count + tuning.noAnswer >= 150)
        print("Search evaluation (issue 15), tuning half:\n" + Self.table(tuning, Half(name: "held-out (not run)")))
        if !tuning.misses.isEmpty { print("Tuning-half misses:\n" + tuning.misses.joined(separator: "\n")) }
        // While tuning: PAMPHLET_TUNE_SHOW="query|query" prints each one's first results.
        for query in (ProcessInfo.processInfo.environment["PAMPHLET_TUNE_SHOW"] ?? "").split(separator: "|") {
            print("\(query):")
            for result in try engine.search(String(query), options: SearchOptions(limit: Int(ProcessInfo.processInfo.environment["PAMPHLET_TUNE_SHOW_LIMIT"] ?? "6") ?? 6)) {
                print(String(format: "  %8.3f %@ %@#%@", result.score, result.confidence.rawValue, result.article, result.anchor))
            }
        }
        try Self.expectBar(tuning)
    }

    static func expectBar(_ half: Half) throws {
        let worstKind = kinds.compactMap { half.byKind[$0]?.meanTopOne }.min() ?? 0
        print(half.name + String(format: " against the issue's bar: top-1 %.2f (bar %.2f), MRR %.2f (bar %.2f), worst kind top-1 %.2f (bar %.2f), no-answer answered %.2f (bar at most %.2f)",
                     half.all.meanTopOne, IssueBar.topOne, half.all.meanReciprocalRank, IssueBar.meanReciprocalRank,
                     worstKind, IssueBar.topOneInEveryKind, half.noAnswerRate, IssueBar.noAnswerAnswered))
        #expect(half.all.meanTopOne >= Bar.topOne, "\(half.name): top-1 \(half.all.meanTopOne) under \(Bar.topOne)")
        #expect(half.all.meanReciprocalRank >= Bar.meanReciprocalRank,
                "\(half.name): MRR \(half.all.meanReciprocalRank) under \(Bar.meanReciprocalRank)")
        for kind in kinds {
            let figures = try #require(half.byKind[kind], "\(half.name) has no \(kind) queries")
            #expect(figures.meanTopOne >= Bar.topOneInEveryKind,
                    "\(half.name): \(kind) top-1 \(figures.meanTopOne) under \(Bar.topOneInEveryKind)")
        }
        #expect(half.noAnswerRate <= Bar.noAnswerAnswered,
                "\(half.name): \(half.noAnswerAnswered) of \(half.noAnswer) no-answer queries answered")
    }
}
