import Testing
@testable import PamphletCore

/// Links as the loader keeps them: where each points, read from cmark-gfm's link
/// node, its own source line, and what following it reaches in a library.
@Suite struct LinkModelTests {
    static func load(_ id: String, _ text: String) throws -> Article {
        try ArticleLoader().parse(bytes: Array(text.utf8), id: id, path: id + ".md")
    }

    static let bloodPressure = """
        ---
        title: Blood pressure
        ---

        # Blood pressure

        Read [the questions](#FAQ) first.
        Then [sleep advice](sleep.md#naps), [sleep](./sleep),
        the [heart foundation](https://example.org/heart) and
        [a file](file:///etc/passwd) or [how long](#How%20long).

        ## How long

        A while.

        ## FAQ

        ### Why?

        Because [nobody](ghost.md) knows.
        """

    static let sleep = """
        ---
        title: Sleep
        ---

        # Sleep

        ## Naps

        Short ones.
        """

    static func library() throws -> Library {
        Library(directory: "lib", articles: [try load("bp", bloodPressure), try load("sleep", sleep)], diagnostics: [])
    }

    @Test func theLoaderKeepsEachLinksTargetAndItsOwnLine() throws {
        let article = try Self.load("bp", Self.bloodPressure)
        let links = LinkCollector.links(in: article)
        #expect(links.map(\.destination) == ["#FAQ", "sleep.md#naps", "./sleep", "https://example.org/heart",
                                             "file:///etc/passwd", "#How%20long", "ghost.md"])
        #expect(links.map(\.line) == [7, 8, 8, 9, 10, 10, 20], "each link's own line, not its paragraph's")
        #expect(links.map(\.target) == [
            .section(anchor: "FAQ"), .article(id: "sleep", anchor: "naps"), .article(id: "sleep", anchor: nil),
            .external(WebAddress("https://example.org/heart")!), .unsupported, .section(anchor: "How%20long"),
            .article(id: "ghost", anchor: nil),
        ])
    }

    @Test func destinationsAreReadAsReadersExpect() {
        #expect(LinkTarget(destination: "#faq") == .section(anchor: "faq"))
        #expect(LinkTarget(destination: "other.md") == .article(id: "other", anchor: nil))
        #expect(LinkTarget(destination: "other#a") == .article(id: "other", anchor: "a"))
        #expect(LinkTarget(destination: "mailto:care@example.org") == .external(WebAddress("mailto:care@example.org")!))
        #expect(LinkTarget(destination: "tel:+15550100") == .external(WebAddress("tel:+15550100")!))
        for outside in ["../other.md", "sub/page.md", "/etc/passwd", "//example.org/x", "javascript:alert(1)",
                        "ftp://example.org", "", "#", "https://example.org/a b"] {
            #expect(LinkTarget(destination: outside) == .unsupported, "\(outside)")
        }
    }

    @Test func aWebAddressIsPrintableASCIIWithAKnownScheme() {
        for good in ["https://example.org/heart?a=1&b=2#x", "HTTP://EXAMPLE.ORG", "mailto:a@b.org", "tel:988"] {
            #expect(WebAddress(good)?.text == good)
        }
        let hostile = ["https://example.org/\u{1B}]8;;https://evil.example\u{1B}\\", "https://example.org/\u{07}",
                       "https://example.org/\u{9C}", "https://example.org/\u{7F}", "https://exämple.org",
                       "https://example.org/a b", "https:example.org", "https:///path", "data:text/html,hi",
                       "file:///etc/passwd", "https://", "tel:", "https://example.org/" + String(repeating: "a", count: 2_100)]
        for url in hostile { #expect(WebAddress(url) == nil, "\(url.debugDescription)") }
    }

    @Test func followingALinkReachesTheArticleAndSectionItNames() throws {
        let library = try Self.library()
        let article = try #require(library.article(id: "bp"))
        let links = LinkCollector.links(in: article)
        func reached(_ index: Int) -> String {
            switch library.resolve(links[index], from: article) {
            case .article(let target, let section): return target.id + "#" + (section?.anchor ?? "top")
            case .external(let address): return address.text
            case .broken(let why): return "broken: \(why)"
            case .unsupported: return "unsupported"
            }
        }
        #expect(reached(0) == "bp#faq", "#FAQ finds the heading its slug names")
        #expect(reached(1) == "sleep#naps")
        #expect(reached(2) == "sleep#top")
        #expect(reached(3) == "https://example.org/heart")
        #expect(reached(4) == "unsupported")
        #expect(reached(5) == "bp#how-long", "a percent-encoded anchor is decoded")
        #expect(reached(6) == "broken: noArticle(id: \"ghost\")")
        let missing = Link(destination: "sleep.md#dreams", line: 1)
        #expect(library.resolve(missing, from: article) == .broken(.noSection(articleID: "sleep", anchor: "dreams")))
    }

    @Test func showListsEachSectionsLinksAsNumberedNotesThatSayWhereTheyPoint() throws {
        let library = try Self.library()
        let article = try #require(library.article(id: "bp"))
        let lines = LinkNotes.appending(to: ArticleRenderer.render(LinkNotes.numbered(article), width: 60),
                                        width: 60, article: article, library: library, hint: .showCommand)
        let text = PlainText.render(lines)
        #expect(text.contains("""
            Read the questions[1] first. Then sleep advice[2], sleep[3],
            the heart foundation[4] and a file[5] or how long[6].

            Links:
            [1] the questions → Blood pressure, section FAQ (pamphlet
                show bp --section faq)
            [2] sleep advice → Sleep, section Naps (pamphlet show sleep
                --section naps)
            [3] sleep → Sleep (pamphlet show sleep)
            [4] heart foundation → https://example.org/heart
            [5] a file → file:///etc/passwd (Pamphlet cannot follow it)
            [6] how long → Blood pressure, section How long (pamphlet
                show bp --section how-long)

            How long
            """), "\(text)")
        #expect(text.contains("Because nobody[1] knows.\n\nLinks:\n[1] nobody → a page that is not in this library\n"),
                "numbering starts again in each section")
    }
}
