import Foundation
import Testing
@testable import PamphletCore

/// Relevance of library search on the shipped article and three test articles (one in
/// Spanish), with the queries a patient would type. The queries were written before the
/// ranking weights were tuned; each names the one anchor a person would want first.
struct SearchRelevanceTests {
    enum Kind: String, CaseIterable { case natural, misspelled, paraphrased, keywords }

    struct Case {
        var kind: Kind
        var query: String
        var article: String
        var anchor: String
    }

    static let ketamine = "what-does-ketamine-therapy-feel-like"
    static let colonoscopy = "preparing-for-a-colonoscopy"
    static let diabetes = "managing-type-2-diabetes"
    static let surgery = "cuidados-despues-de-una-cirugia"

    static let cases: [Case] = [
        // Natural questions and phrases.
        Case(kind: .natural, query: "how long is a session", article: ketamine, anchor: "how-long-does-a-session-last"),
        Case(kind: .natural, query: "can I keep my antidepressant", article: ketamine, anchor: "can-ketamine-therapy-be-combined-with-other-treatments"),
        Case(kind: .natural, query: "is ketamine right for me", article: ketamine, anchor: "is-ketamine-therapy-right-for-everyone"),
        Case(kind: .natural, query: "what happens at the first consultation", article: ketamine, anchor: "initial-consultation-and-assessment"),
        Case(kind: .natural, query: "what will I feel in my body", article: ketamine, anchor: "physical-sensations-during-the-session"),
        Case(kind: .natural, query: "how does ketamine work in the brain", article: ketamine, anchor: "the-science-behind-ketamine-therapy"),
        Case(kind: .natural, query: "what are the risks", article: ketamine, anchor: "possible-side-effects-and-risks"),
        Case(kind: .natural, query: "what to expect after the session", article: ketamine, anchor: "post-therapy-what-to-expect"),
        Case(kind: .natural, query: "can I eat the day before my colonoscopy", article: colonoscopy, anchor: "can-i-eat-anything-the-day-before"),
        Case(kind: .natural, query: "does a colonoscopy hurt", article: colonoscopy, anchor: "does-a-colonoscopy-hurt"),
        Case(kind: .natural, query: "when do I get my results", article: colonoscopy, anchor: "when-will-i-get-my-results"),
        Case(kind: .natural, query: "can I drive home after the exam", article: colonoscopy, anchor: "the-day-of-the-exam"),
        Case(kind: .natural, query: "which drinks are allowed the day before", article: colonoscopy, anchor: "clear-liquids-only"),
        Case(kind: .natural, query: "should I stop my blood thinner", article: colonoscopy, anchor: "medicines-to-review"),
        Case(kind: .natural, query: "can I still eat fruit", article: diabetes, anchor: "can-i-still-eat-fruit"),
        Case(kind: .natural, query: "how do I check my blood sugar", article: diabetes, anchor: "checking-your-blood-sugar"),
        Case(kind: .natural, query: "what is an A1C", article: diabetes, anchor: "what-is-an-a1c-test"),
        Case(kind: .natural, query: "will I need insulin for the rest of my life", article: diabetes, anchor: "do-i-have-to-take-insulin-forever"),
        Case(kind: .natural, query: "how much exercise should I do", article: diabetes, anchor: "physical-activity"),
        Case(kind: .natural, query: "¿cuándo puedo ducharme?", article: surgery, anchor: "cuándo-puedo-ducharme"),
        Case(kind: .natural, query: "cuando me quitan los puntos", article: surgery, anchor: "cuándo-me-quitan-los-puntos"),
        Case(kind: .natural, query: "puedo conducir despues de la operacion", article: surgery, anchor: "puedo-conducir-después-de-la-operación"),
        Case(kind: .natural, query: "cuándo vuelvo al trabajo", article: surgery, anchor: "cuándo-puedo-volver-a-trabajar"),
        Case(kind: .natural, query: "cómo cuidar la herida", article: surgery, anchor: "cuidado-de-la-herida"),
        Case(kind: .natural, query: "what should I eat the week before", article: colonoscopy, anchor: "low-fiber-diet"),
        Case(kind: .natural, query: "how do I take care of my feet", article: diabetes, anchor: "how-do-i-take-care-of-my-feet"),

        // Misspelled, as typed in a hurry.
        Case(kind: .misspelled, query: "side efects", article: ketamine, anchor: "possible-side-effects-and-risks"),
        Case(kind: .misspelled, query: "how long is a sesion", article: ketamine, anchor: "how-long-does-a-session-last"),
        Case(kind: .misspelled, query: "antidepresant", article: ketamine, anchor: "can-ketamine-therapy-be-combined-with-other-treatments"),
        Case(kind: .misspelled, query: "ketamin feel emotinal", article: ketamine, anchor: "emotional-and-psychological-experiences"),
        Case(kind: .misspelled, query: "inital consultaton", article: ketamine, anchor: "initial-consultation-and-assessment"),
        Case(kind: .misspelled, query: "colonscopy hurt", article: colonoscopy, anchor: "does-a-colonoscopy-hurt"),
        Case(kind: .misspelled, query: "bowle prep", article: colonoscopy, anchor: "drinking-the-bowel-prep"),
        Case(kind: .misspelled, query: "sedaton drive home", article: colonoscopy, anchor: "the-day-of-the-exam"),
        Case(kind: .misspelled, query: "diabetis fruit", article: diabetes, anchor: "can-i-still-eat-fruit"),
        Case(kind: .misspelled, query: "insluin forever", article: diabetes, anchor: "do-i-have-to-take-insulin-forever"),
        Case(kind: .misspelled, query: "hypoglycemai", article: diabetes, anchor: "low-blood-sugar"),
        Case(kind: .misspelled, query: "duchrame", article: surgery, anchor: "cuándo-puedo-ducharme"),
        Case(kind: .misspelled, query: "fiebre herdia roja", article: surgery, anchor: "señales-de-alarma"),

        // Paraphrased: the patient's words, not the article's.
        Case(kind: .paraphrased, query: "how many hours does the treatment take", article: ketamine, anchor: "how-long-does-a-session-last"),
        Case(kind: .paraphrased, query: "first appointment", article: ketamine, anchor: "initial-consultation-and-assessment"),
        Case(kind: .paraphrased, query: "is it given through an IV", article: ketamine, anchor: "during-the-therapy-session"),
        Case(kind: .paraphrased, query: "can I take it with my other medication", article: ketamine, anchor: "can-ketamine-therapy-be-combined-with-other-treatments"),
        Case(kind: .paraphrased, query: "who can get ketamine", article: ketamine, anchor: "is-ketamine-therapy-right-for-everyone"),
        Case(kind: .paraphrased, query: "I want to throw up from the prep", article: colonoscopy, anchor: "what-if-i-feel-sick-while-drinking-the-prep"),
        Case(kind: .paraphrased, query: "is it painful", article: colonoscopy, anchor: "does-a-colonoscopy-hurt"),
        Case(kind: .paraphrased, query: "when do I hear about the biopsy", article: colonoscopy, anchor: "when-will-i-get-my-results"),
        Case(kind: .paraphrased, query: "shaking and sweating", article: diabetes, anchor: "low-blood-sugar"),
        Case(kind: .paraphrased, query: "numbness in my feet", article: diabetes, anchor: "how-do-i-take-care-of-my-feet"),
        Case(kind: .paraphrased, query: "average sugar over three months", article: diabetes, anchor: "what-is-an-a1c-test"),
        Case(kind: .paraphrased, query: "cuándo puedo manejar el carro", article: surgery, anchor: "puedo-conducir-después-de-la-operación"),
        Case(kind: .paraphrased, query: "me retiran las grapas", article: surgery, anchor: "cuándo-me-quitan-los-puntos"),

        // Bare keywords.
        Case(kind: .keywords, query: "duration", article: ketamine, anchor: "how-long-does-a-session-last"),
        Case(kind: .keywords, query: "glutamate", article: ketamine, anchor: "the-science-behind-ketamine-therapy"),
        Case(kind: .keywords, query: "dissociation euphoria", article: ketamine, anchor: "post-therapy-what-to-expect"),
        Case(kind: .keywords, query: "blood pressure hallucinations", article: ketamine, anchor: "possible-side-effects-and-risks"),
        Case(kind: .keywords, query: "neuroplasticity", article: ketamine, anchor: "the-science-behind-ketamine-therapy"),
        Case(kind: .keywords, query: "clear liquids", article: colonoscopy, anchor: "clear-liquids-only"),
        Case(kind: .keywords, query: "warfarin", article: colonoscopy, anchor: "medicines-to-review"),
        Case(kind: .keywords, query: "low fiber", article: colonoscopy, anchor: "low-fiber-diet"),
        Case(kind: .keywords, query: "metformin", article: diabetes, anchor: "medicines-and-insulin"),
        Case(kind: .keywords, query: "glucose meter", article: diabetes, anchor: "checking-your-blood-sugar"),
        Case(kind: .keywords, query: "carbohydrates plate", article: diabetes, anchor: "eating-well"),
        Case(kind: .keywords, query: "estreñimiento", article: surgery, anchor: "alimentación-y-actividad"),
        Case(kind: .keywords, query: "analgésicos dolor", article: surgery, anchor: "control-del-dolor"),
    ]

    static func loadEngine() throws -> SearchEngine {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures/search", withExtension: nil)).path
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Articles").path
        var articles = try LibraryLoader().load(directory: fixtures).articles
        articles.append(try ArticleLoader().load(path: shipped + "/what-does-ketamine-therapy-feel-like.md"))
        return SearchEngine(articles: articles, lexicon: try Lexicon.load(fromLibrary: shipped))
    }

    @Test func questionSetIsBalanced() {
        #expect(Self.cases.count >= 60)
        for kind in [Kind.misspelled, .paraphrased, .keywords] {
            #expect(Self.cases.filter { $0.kind == kind }.count * 5 >= Self.cases.count, "too few \(kind.rawValue) queries")
        }
    }

    @Test func topOneAndMeanReciprocalRank() throws {
        let engine = try Self.loadEngine()
        #expect(engine.index.documentCount > 40)
        var reciprocalRanks: [Kind: [Double]] = [:]
        var misses: [String] = []
        for item in Self.cases {
            let results = try engine.search(item.query, options: SearchOptions(limit: 10))
            let rank = results.firstIndex { $0.article == item.article && $0.anchor == item.anchor }
            reciprocalRanks[item.kind, default: []].append(rank.map { 1 / Double($0 + 1) } ?? 0)
            if rank != 0 {
                let got = results.first.map { "\($0.article)#\($0.anchor)" } ?? "nothing"
                misses.append("  [\(item.kind.rawValue)] \"\(item.query)\": rank \(rank.map { String($0 + 1) } ?? "-"), top was \(got)")
            }
        }
        let all = reciprocalRanks.values.flatMap { $0 }
        let topOne = Double(all.filter { $0 == 1 }.count) / Double(all.count)
        let meanReciprocalRank = all.reduce(0, +) / Double(all.count)
        var report = "Search relevance on \(all.count) queries: top-1 \(format(topOne)), MRR \(format(meanReciprocalRank))\n"
        for kind in Kind.allCases {
            let ranks = reciprocalRanks[kind] ?? []
            report += "  \(kind.rawValue): \(ranks.count) queries, top-1 \(format(Double(ranks.filter { $0 == 1 }.count) / Double(ranks.count))), MRR \(format(ranks.reduce(0, +) / Double(ranks.count)))\n"
        }
        print(report + (misses.isEmpty ? "" : "Misses:\n" + misses.joined(separator: "\n")))
        // 0.89, not 0.90, since FAQs and sections compete on one score (issue 15): this set
        // was tuned with FAQs ahead; the issue-15 evaluation (SearchEvaluationTests) is the bar now.
        #expect(topOne >= 0.89, "top-1 \(topOne) under 0.89")
        #expect(meanReciprocalRank >= 0.93, "MRR \(meanReciprocalRank) under 0.93")
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
