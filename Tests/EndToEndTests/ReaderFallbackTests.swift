import Foundation
import Testing

/// Where a full-screen reader cannot run, people still get readable text,
/// never ncurses' "Error opening terminal".
@Suite(.serialized) struct ReaderFallbackTests {
    @Test(arguments: ["dumb", "no-such-terminal-type"])
    func aTerminalNcursesCannotDriveGetsPlainText(term: String) throws {
        try TemporaryFolder.with { state in
            let session = try ReaderSession(stateFolder: state, environment: ["TERM": term])
            defer { session.pane.close() }
            try session.pane.type("export TERM=\(term)", enter: true)
            try session.start(["read", ReaderSession.article, "--section", "in-conclusion"])
            try session.waitForPrompt()
            let screen = try session.pane.screen()
            #expect(screen.contains("In Conclusion"))
            #expect(!screen.contains("Error opening terminal"))
        }
    }

    @Test func readIntoAPipeIsWhatShowPrints() throws {
        let library = ["--library", ReaderSession.shippedLibrary]
        let read = try PamphletProcess.run(["read", ReaderSession.article] + library)
        let show = try PamphletProcess.run(["show", ReaderSession.article] + library)
        #expect(read.status == 0)
        #expect(read.stdout == show.stdout)
        #expect(!read.stdout.contains("\u{1B}"))
    }

    @Test func barePamphletIntoAPipeListsTheLibrary() throws {
        let result = try PamphletProcess.run(["--library", ReaderSession.shippedLibrary])
        #expect(result.status == 0)
        #expect(result.stdout.contains(ReaderSession.article))
        #expect(!result.stdout.contains("\u{1B}"))
    }
}
