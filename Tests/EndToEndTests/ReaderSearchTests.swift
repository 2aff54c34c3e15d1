import Foundation
import Testing

/// Search in the real binary: the full-screen reader in tmux, and the plain reader on a pipe.
@Suite(.serialized) struct ReaderSearchTests {
    @Test func searchingHowLongOpensTheSessionLengthAnswer() throws {
        try TemporaryFolder.with { folder in
            let session = try ReaderSession(stateFolder: folder,
                                            environment: ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path])
            defer { session.pane.close() }
            try session.start([])
            try session.pane.waitFor("Ketamine therapy has gained significant attention")

            try session.pane.press("s")
            try session.pane.waitFor("Search all articles")
            try session.pane.type("how long")
            try session.pane.waitUntil("the results for the two words") {
                $0.contains("› how long") && $0.contains("› Q How Long Does a Session Last?")
            }
            try session.pane.press("Enter")
            let answer = try session.pane.waitUntil("the answer in the article") { !$0.contains("Search all articles") }
            #expect(answer.contains("How Long Does a Session Last?"))
            #expect(answer.contains("The duration of a ketamine therapy session can vary"))

            try session.pane.press("BSpace")
            try session.pane.waitFor("› how long")
            try session.pane.press("C-c")
            #expect(try session.terminalIsRestored())
        }
    }

    @Test func findInTheArticleCountsAndEscapeGoesBack() throws {
        try TemporaryFolder.with { folder in
            let session = try ReaderSession(stateFolder: folder,
                                            environment: ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path])
            defer { session.pane.close() }
            try session.start(["read", ReaderSession.article])
            try session.pane.waitFor("Ketamine therapy has gained significant attention")
            try session.pane.press("/")
            try session.pane.type("glutamate")
            try session.pane.waitFor("1/2")
            try session.pane.press("Enter", "n")
            try session.pane.waitFor("2/2  n:next")
            try session.pane.press("Escape")
            try session.pane.waitUntil("the find cleared") { !$0.contains("2/2") && $0.contains("?:help") }
            try session.pane.press("q")
            try session.pane.waitFor("1 article")
            try session.pane.press("q")
            #expect(try session.terminalIsRestored())
        }
    }

    @Test func thePlainReaderFindsAndSearchesByNumber() throws {
        try TemporaryFolder.with { folder in
            let result = try PamphletProcess.run(
                ["read", ReaderSession.article, "--plain", "--library", ReaderSession.shippedLibrary],
                stdin: "/ glutamate\ns how long\n1\nq\n",
                environment: ["XDG_CACHE_HOME": folder.path, "XDG_STATE_HOME": folder.path])
            #expect(result.status == 0)
            #expect(result.stdout.contains("1 line with \"glutamate\"; type a number to read that section."))
            #expect(result.stdout.contains("1. Question: How Long Does a Session Last?"))
            #expect(result.stdout.contains("Question 17 of 19 entries: How Long Does a Session Last?"))
            #expect(result.stdout.contains("The duration of a ketamine therapy session"))
        }
    }
}
