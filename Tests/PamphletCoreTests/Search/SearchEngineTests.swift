import Testing
@testable import PamphletCore

private let lexicon = try! Lexicon(parsing: """
    # test lexicon
    iv = intravenous
    first appointment = initial consultation
    """)
private let engine = SearchEngine(articles: [SearchTestArticles.infusion, SearchTestArticles.spanish], lexicon: lexicon)

private func top(_ query: String, _ options: SearchOptions = SearchOptions()) throws -> String? {
    try engine.search(query, options: options).first?.anchor
}

@Test func findsFAQByQuestionWords() throws {
    let results = try engine.search("how long is a session")
    #expect(results.first?.anchor == "how-long-does-a-session-last")
    #expect(results.first?.kind == .faq)
    #expect(results.first?.article == "infusion")
}

@Test func toleratesTyposByWordLength() throws {
    #expect(try top("side efects") == "side-effects")             // 1 edit in a 6-letter word
    #expect(try top("antidepresant") == "can-i-keep-taking-my-antidepressant")
    #expect(try top("nasuea") == "side-effects")                   // a swap counts as one edit
    #expect(try engine.search("vien", options: SearchOptions(lastWordIsPrefix: false)).isEmpty)   // 4 letters: no typo
}

@Test func lastWordMatchesAsPrefixOnlyWhileTyping() throws {
    #expect(try top("blood press", SearchOptions(lastWordIsPrefix: true)) == "side-effects")
    #expect(try engine.search("blood press").allSatisfy { $0.anchor != "intravenous-infusion" })
    #expect(try engine.search("blood press", options: SearchOptions(lastWordIsPrefix: false))
        .allSatisfy { $0.anchor != "intravenous-infusion" })
}

@Test func synonymsFromLexiconAndKeywords() throws {
    #expect(try top("iv") == "intravenous-infusion")
    #expect(try top("first appointment") == "initial-consultation")
    #expect(try top("length") == "how-long-does-a-session-last")   // an author keyword
}

@Test func spanishIsStemmedAndAccentInsensitive() throws {
    #expect(try top("sesion cansada") == "después-de-la-sesión")
    #expect(try top("SESIONES") == "después-de-la-sesión")
}

@Test func stopWordOnlyQueryStillMatches() throws {
    #expect(try !engine.search("can i").isEmpty)
}

@Test func filtersByKindAndArticle() throws {
    let faqs = try engine.searchFAQ("session")
    #expect(!faqs.isEmpty && faqs.allSatisfy { $0.kind == .faq })
    #expect(try engine.search("session", options: SearchOptions(article: "sesion")).allSatisfy { $0.article == "sesion" })
    #expect(try engine.search("session", options: SearchOptions(article: "missing")).isEmpty)
}

@Test func snippetMarksMatchedWords() throws {
    let result = try #require(try engine.search("blood pressure").first)
    #expect(result.snippet.marked() == "Some people feel dizziness or nausea; «blood» «pressure» rises for a while.")
    #expect(result.snippet.marked(open: "[", close: "]").contains("[blood] [pressure]"))
}

@Test func noResultForUnknownWords() throws {
    #expect(try engine.search("zzzz qqqq").isEmpty)
}

@Test func lexiconPhraseMatchesWithAWordInside() throws {
    #expect(try top("first ketamine appointment") == "initial-consultation")
}

@Test func confidenceSaysWhenNothingAnswers() throws {
    #expect(try engine.search("side effects").first.map { $0.confidence >= .medium } == true)
    let offTopic = try engine.search("dizziness tire rotation")
    #expect(offTopic.allSatisfy { $0.confidence == .low })
}

@Test func faqAnswersFromASectionAndAdmitsDoubt() throws {
    guard case .answer(let best, _) = try engine.answer("what are the side effects") else {
        Issue.record("no confident answer")
        return
    }
    #expect(best.kind == .section && best.anchor == "side-effects")
    guard case .unsure(let closest, _) = try engine.answer("dizziness tire rotation") else {
        Issue.record("answered an off-topic question")
        return
    }
    #expect(!closest.isEmpty)
}
