import Testing
@testable import PamphletCore

@Suite struct LibraryLoadingTests {
    @Test func oneBadFileDoesNotStopTheOthers() throws {
        let folder = try LoadingFixtures.temporaryFolder([
            "b-fine.md": LoadingFixtures.minimalArticle,
            "a-fine.md": LoadingFixtures.minimalArticle,
            "broken.md": Array("---\nsummary: no title\n---\n".utf8),
            "README.md": Array("# Authoring guide, not an article\n".utf8),
            "notes.txt": Array("not markdown".utf8),
        ])
        defer { LoadingFixtures.cleanUp(folder) }
        let library = try LibraryLoader().load(directory: folder)
        #expect(library.articles.map(\.id) == ["a-fine", "b-fine"])
        #expect(library.diagnostics.map(\.description) == ["\(folder)/broken.md:1: error: front matter has no 'title'"])
    }

    @Test func missingFolderIsOneError() {
        #expect(throws: Diagnostic.self) { try LibraryLoader().load(directory: "/nonexistent/pamphlet-library") }
    }

    @Test func shippedArticleLoadsWithItsTreeAndThreeFAQs() throws {
        let article = try ArticleLoader().load(path: LoadingFixtures.shippedArticlePath)
        #expect(article.id == "what-does-ketamine-therapy-feel-like")
        #expect(article.meta.publisher == "Exodus Health")
        #expect(article.meta.crisis?.contains("988") == true)
        #expect(article.outline == [
            "What Does Ketamine Therapy Feel Like? #what-does-ketamine-therapy-feel-like",
            "  Understanding Ketamine Therapy #understanding-ketamine-therapy",
            "    The Science Behind Ketamine Therapy #the-science-behind-ketamine-therapy",
            "    The Role of Ketamine in Mental Health Treatment #the-role-of-ketamine-in-mental-health-treatment",
            "  The Process of Ketamine Therapy #the-process-of-ketamine-therapy",
            "    Initial Consultation and Assessment #initial-consultation-and-assessment",
            "    During the Therapy Session #during-the-therapy-session",
            "    Post-Therapy: What to Expect #post-therapy-what-to-expect",
            "  Sensations and Experiences During Ketamine Therapy #sensations-and-experiences-during-ketamine-therapy",
            "    Physical Sensations During the Session #physical-sensations-during-the-session",
            "    Emotional and Psychological Experiences #emotional-and-psychological-experiences",
            "  The Potential Benefits and Risks of Ketamine Therapy #the-potential-benefits-and-risks-of-ketamine-therapy",
            "    The Therapeutic Benefits of Ketamine #the-therapeutic-benefits-of-ketamine",
            "    Possible Side Effects and Risks #possible-side-effects-and-risks",
            "  Frequently Asked Questions About Ketamine Therapy #frequently-asked-questions-about-ketamine-therapy",
            "    Is Ketamine Therapy Right for Everyone? #is-ketamine-therapy-right-for-everyone",
            "    How Long Does a Session Last? #how-long-does-a-session-last",
            "    Can Ketamine Therapy Be Combined with Other Treatments? #can-ketamine-therapy-be-combined-with-other-treatments",
            "  In Conclusion #in-conclusion",
        ])
        #expect(article.faq.map(\.question) == [
            "Is Ketamine Therapy Right for Everyone?",
            "How Long Does a Session Last?",
            "Can Ketamine Therapy Be Combined with Other Treatments?",
        ])
        #expect(article.faq[1].keywords.contains("duration"))
        #expect(article.faq.allSatisfy { !$0.answer.isEmpty && !$0.keywords.isEmpty })
        #expect(article.meta.unknownKeys.isEmpty && article.warnings.isEmpty)
    }
}
