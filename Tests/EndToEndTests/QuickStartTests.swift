import Foundation
import Testing

/// The reader's common starts are read by hand, not by swift-argument-parser (for speed):
/// each must do exactly what the parser does. `--` sends the same command to the parser
/// (the hand-reading never takes it), so each pair below is one command read both ways.
@Suite struct QuickStartTests {
    static let article = """
        ---
        title: Sleep basics
        summary: Rest well.
        ---

        # Sleep basics

        Seven to nine hours.

        ## FAQ

        ### How long should I sleep?

        Seven to nine hours.
        """

    func withLibrary(_ body: (String) throws -> Void) throws {
        try PamphletProcess.requireBinary()
        try TemporaryFolder.with { folder in
            try Self.article.write(to: folder.appendingPathComponent("sleep-basics.md"), atomically: false, encoding: .utf8)
            try body(folder.path)
        }
    }

    /// The same command read by hand and by the parser: the same output, errors and status.
    func expectSame(_ quick: [String], _ parsed: [String], stdin: String? = nil) throws {
        let environment: [String: String?] = ["XDG_STATE_HOME": NSTemporaryDirectory() + "quickstart-state",
                                              "XDG_CACHE_HOME": NSTemporaryDirectory() + "quickstart-cache"]
        let byHand = try PamphletProcess.run(quick, stdin: stdin, environment: environment)
        let byParser = try PamphletProcess.run(parsed, stdin: stdin, environment: environment)
        #expect(byHand.status == byParser.status, "\(quick)")
        #expect(byHand.stdout == byParser.stdout, "\(quick)")
        #expect(byHand.stderr == byParser.stderr, "\(quick)")
        #expect(!byHand.stdout.isEmpty || !byHand.stderr.isEmpty, "\(quick) printed something")
    }

    @Test func readingAnArticleIsTheSameEitherWay() throws {
        try withLibrary { library in
            try expectSame(["read", "sleep-basics", "--library", library], ["read", "--library", library, "--", "sleep-basics"])
            try expectSame(["read", "sleep-basics", "--library=" + library, "--no-color"],
                           ["read", "--library=" + library, "--no-color", "--", "sleep-basics"])
        }
    }

    @Test func theBareCommandIsTheSameEitherWay() throws {
        try withLibrary { library in
            try expectSame(["--library", library], ["--library", library, "--"])
            try expectSame(["--kiosk", "--library", library], ["--kiosk", "--library", library, "--"])
        }
    }

    @Test func theLineByLineReaderIsTheSameEitherWay() throws {
        try withLibrary { library in
            try expectSame(["read", "sleep-basics", "--plain", "--library", library],
                           ["read", "--plain", "--library", library, "--", "sleep-basics"], stdin: "q\n")
        }
    }

    @Test func aMissingArticleFailsTheSameWay() throws {
        try withLibrary { library in
            try expectSame(["read", "nap-basics", "--library", library], ["read", "--library", library, "--", "nap-basics"])
        }
    }

    @Test func searchesAndQuestionsAreTheSameEitherWay() throws {
        try withLibrary { library in
            try expectSame(["search", "sleep", "hours", "--library", library], ["search", "--library", library, "--", "sleep", "hours"])
            try expectSame(["search", "--json", "slep", "--limit", "1", "--library", library],
                           ["search", "--json", "--limit", "1", "--library", library, "--", "slep"])
            try expectSame(["search", "nothing", "matches", "--library", library],
                           ["search", "--library", library, "--", "nothing", "matches"])
            try expectSame(["search", "i", "want", "to", "die", "--library", library],
                           ["search", "--library", library, "--", "i", "want", "to", "die"])
            try expectSame(["faq", "how", "long", "sleep", "--json", "--library", library],
                           ["faq", "--json", "--library", library, "--", "how", "long", "sleep"])
            try expectSame(["faq", "how", "long", "sleep", "--library", library],
                           ["faq", "--library", library, "--", "how", "long", "sleep"])
        }
    }

    /// What the hand-reading does not take reaches the parser, with its errors and help.
    @Test func anythingElseIsTheParsers() throws {
        try withLibrary { library in
            // A repeated option goes to the parser, whose last value wins.
            try expectSame(["read", "sleep-basics", "--library", library],
                           ["read", "sleep-basics", "--library", "/nonexistent", "--library", library])
            let missing = try PamphletProcess.run(["read"])
            #expect(missing.status == 64)
            #expect(missing.stderr.contains("Missing expected argument"))
            let zero = try PamphletProcess.run(["search", "sleep", "--limit", "0", "--library", library])
            #expect(zero.status == 64 && zero.stderr.contains("--limit must be at least 1"))
            let help = try PamphletProcess.run(["read", "--help"])
            #expect(help.status == 0 && help.stdout.contains("Examples:"))
        }
        let version = try PamphletProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil, "\(version.stdout)")
    }
}
