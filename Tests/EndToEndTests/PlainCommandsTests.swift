import Foundation
import Testing

/// list, toc and the bare command on a throwaway library.
@Suite struct PlainCommandsTests {
    func run(_ arguments: [String]) throws -> PamphletProcess.Result {
        try PamphletProcess.run(arguments)
    }

    func withLibrary(_ body: (String) throws -> Void) throws {
        try TemporaryFolder.with { folder in
            let article = """
                ---
                title: "Sleep \\e[31mbasics"
                summary: Rest well.
                ---

                # Sleep basics

                ## Habits

                ## FAQ

                ### How long should I sleep?

                <!-- keywords: hours -->

                Seven to nine hours.
                """
            try article.write(to: folder.appendingPathComponent("sleep-basics.md"), atomically: false, encoding: .utf8)
            try Data([0xFF, 0xFE]).write(to: folder.appendingPathComponent("broken.md"))
            try body(folder.path)
        }
    }

    @Test func listShowsArticlesAndReportsTheBadFile() throws {
        try withLibrary { library in
            let result = try run(["list", "--library", library])
            #expect(result.status == 0)
            // Three sections (title, Habits, FAQ) and one question, counted apart.
            #expect(result.stdout.contains("sleep-basics  en           3     1  Sleep ␛[31mbasics"))
            #expect(result.stdout.contains("Rest well."))
            #expect(result.stderr == "\(library)/broken.md:1: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8\n")
        }
    }

    /// `list` and the line-by-line reader give one article the same counts.
    @Test func listAndThePlainReaderCountSectionsAlike() throws {
        let list = try run(["list", "--json", "--library", ReaderSession.shippedLibrary])
        #expect(list.stdout.contains("\"sections\" : 16") || list.stdout.contains("\"sections\":16"), "\(list.stdout)")
        let plain = try PamphletProcess.run(["read", ReaderSession.article, "--plain", "--library", ReaderSession.shippedLibrary],
                                            stdin: "t\nq\n")
        #expect(plain.stdout.contains("16 sections and 3 questions"), "\(plain.stdout.prefix(600))")
    }

    @Test func listJSONHasTheDocumentedKeys() throws {
        try withLibrary { library in
            let result = try run(["list", "--json", "--library", library])
            let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
            #expect(rows?.count == 1)
            #expect(rows?.first.map { Set($0.keys) } == ["id", "title", "summary", "language", "sections", "faqs"])
            #expect(rows?.first?["faqs"] as? Int == 1)
        }
    }

    @Test func tocShowsTheTreeAndTheQuestions() throws {
        try withLibrary { library in
            let result = try run(["toc", "sleep-basics", "--library", library])
            #expect(result.status == 0)
            #expect(result.stdout.contains("  Sleep basics  #sleep-basics\n    Habits  #habits\n    FAQ  #faq\n"))
            #expect(result.stdout.hasSuffix("FAQ:\n  How long should I sleep?  #how-long-should-i-sleep\n"))
        }
    }

    @Test func unknownArticleFailsWithSuggestions() throws {
        try withLibrary { library in
            let result = try run(["toc", "sleep-basic", "--library", library])
            #expect(result.status != 0)
            #expect(result.stderr.contains("no article 'sleep-basic'; did you mean 'sleep-basics'?"))
        }
    }

    @Test func bareCommandInAPipePrintsTheList() throws {
        try withLibrary { library in
            let bare = try run(["--library", library])
            let list = try run(["list", "--library", library])
            #expect(bare.status == 0)
            #expect(bare.stdout == list.stdout)
        }
    }

    @Test func missingLibrarySaysWhereItLooked() throws {
        let result = try run(["list", "--library", "/nonexistent/pamphlet-articles"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no article library found; looked in:\n  /nonexistent/pamphlet-articles (--library)"))
    }
}
