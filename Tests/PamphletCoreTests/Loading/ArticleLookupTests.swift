import Testing
@testable import PamphletCore

@Suite struct ArticleLookupTests {
    let ids = ["what-does-ketamine-therapy-feel-like", "sleep-hygiene", "sleep-apnea", "diabetes-basics"]

    @Test func typoSuggestsTheNearestIds() {
        #expect(ArticleLookup.suggestions(for: "sleep-hygeine", among: ids) == ["sleep-hygiene"])
    }

    @Test func aRememberedWordFindsTheArticlesContainingIt() {
        #expect(ArticleLookup.suggestions(for: "ketamine", among: ids) == ["what-does-ketamine-therapy-feel-like"])
        #expect(ArticleLookup.suggestions(for: "sleep", among: ids) == ["sleep-apnea", "sleep-hygiene"])
    }

    @Test func nothingCloseSuggestsNothing() {
        #expect(ArticleLookup.suggestions(for: "zzzzzz", among: ids).isEmpty)
    }

    @Test func unknownIdMessageNamesTheIdAndTheSuggestions() {
        let library = Library(directory: "Articles", articles: [
            Article(id: "sleep-hygiene", path: "Articles/sleep-hygiene.md", meta: FrontMatter(title: "Sleep")),
        ], diagnostics: [])
        #expect(throws: ArticleLookup.NotFound(requestedID: "sleep-hygeine", suggestions: ["sleep-hygiene"])) {
            try ArticleLookup.article(id: "sleep-hygeine", in: library)
        }
        #expect(ArticleLookup.NotFound(requestedID: "x", suggestions: ["a", "b"]).description
                == "no article 'x'; did you mean 'a', 'b'? (`pamphlet list` shows every article)")
    }
}
