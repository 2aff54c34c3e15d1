import Foundation
import Testing

/// Where a full-screen reader cannot run, people still get readable text,
/// never ncurses' "Error opening terminal".
@Suite(.serialized) struct ReaderFallbackTests {
    /// A person at a terminal ncurses cannot drive (an Emacs shell's TERM=dumb) gets
    /// the line-by-line reader, which waits for them, not a printout that ends at once.
    @Test(arguments: ["dumb", "no-such-terminal-type"])
    func aTerminalNcursesCannotDriveGetsTheLineByLineReader(term: String) throws {
        try TemporaryFolder.with { state in
            let session = try ReaderSession(stateFolder: state, environment: ["TERM": term])
            defer { session.pane.close() }
            try session.pane.type("export TERM=\(term)", enter: true)
            try session.start(["read", ReaderSession.article, "--section", "in-conclusion"])
            let reading = try session.pane.waitFor("In Conclusion")
            #expect(!reading.contains("Error opening terminal"))
            try session.pane.type("t", enter: true)
            try session.pane.waitFor("19 entries: 16 sections and 3 questions")
            try session.pane.type("q", enter: true)
            try session.waitForPrompt()
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
