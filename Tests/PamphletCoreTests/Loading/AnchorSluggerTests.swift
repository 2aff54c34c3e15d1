import Testing
@testable import PamphletCore

@Suite struct AnchorSluggerTests {
    @Test(arguments: [
        ("Understanding Ketamine Therapy", "understanding-ketamine-therapy"),
        ("Post-Therapy: What to Expect", "post-therapy-what-to-expect"),
        ("Is Ketamine Therapy Right for Everyone?", "is-ketamine-therapy-right-for-everyone"),
        ("snake_case & more!", "snake_case--more"),
        ("  Leading and trailing  ", "--leading-and-trailing--"),
        ("¿Cuánto dura una sesión?", "cuánto-dura-una-sesión"),
        ("日本語の見出し", "日本語の見出し"),
        ("Émile Zola", "émile-zola"),
        ("Step 2 of 3", "step-2-of-3"),
        ("Café ☕ time", "café--time"),
    ])
    func slugMatchesGitHub(title: String, expected: String) {
        #expect(AnchorSlugger.slug(title) == expected)
    }

    @Test func duplicatesGetNumberedInDocumentOrder() {
        var slugger = AnchorSlugger()
        #expect(["FAQ", "FAQ", "Faq", "Overview"].map { slugger.anchor(for: $0) }
                == ["faq", "faq-1", "faq-2", "overview"])
    }

    @Test func suffixSkipsAnAnchorAHeadingAlreadyTook() {
        var slugger = AnchorSlugger()
        #expect(["Notes 1", "Notes", "Notes"].map { slugger.anchor(for: $0) }
                == ["notes-1", "notes", "notes-2"])
    }
}
