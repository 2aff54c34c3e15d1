import Foundation
import Testing

/// The full-screen reader driven in tmux, key by key, as a person uses it.
@Suite(.serialized) struct ReaderNavigationTests {
    @Test func openNavigateJumpHelpResizeAndQuitLeavesTheTerminalUsable() throws {
        try TemporaryFolder.with { state in
            let session = try ReaderSession(stateFolder: state)
            defer { session.pane.close() }
            try session.start(["read", ReaderSession.article])
            try session.pane.waitFor("What Does Ketamine Therapy Feel Like?")
            try session.pane.waitFor("Ketamine therapy has gained significant attention")

            try session.pane.press("j")
            try session.pane.press("Space")
            try session.pane.waitUntil("the first page scrolled away") { !$0.contains("═════") }
            try session.pane.press("]")
            try session.pane.waitFor("The Process of Ketamine Therapy")

            try session.pane.press("t")
            try session.pane.waitFor("Contents")
            try session.pane.press("9")
            try session.pane.press("Enter")
            let jumped = try session.pane.waitUntil("the contents jump") { !$0.contains("Contents ·") }
            #expect(jumped.contains("Sensations and Experiences During Ketamine Therapy"))

            try session.pane.press("?")
            try session.pane.waitFor("Next section")
            try session.pane.press("Escape")
            try session.pane.waitUntil("help closed") { !$0.contains("Next section") }

            try session.pane.resize(width: 60, height: 20)
            let narrow = try session.pane.waitUntil("a reflow to 60 columns") { screen in
                screen.split(separator: "\n").allSatisfy { $0.count <= 60 } && screen.contains("Sensations")
            }
            #expect(narrow.split(separator: "\n").count <= 20)

            // q goes back one level: from the article to the library, then quits.
            try session.pane.press("q")
            try session.pane.waitFor("1 article")
            try session.pane.press("q")
            #expect(try session.terminalIsRestored())
        }
    }

    @Test func reopeningResumesWhereTheReaderLeft() throws {
        try TemporaryFolder.with { state in
            let session = try ReaderSession(stateFolder: state)
            defer { session.pane.close() }
            try session.start(["read", ReaderSession.article])
            try session.pane.waitFor("Ketamine therapy has gained significant attention")
            try session.pane.press("]", "]", "]")
            try session.pane.waitUntil("three sections down") { !$0.contains("═════") }
            try session.pane.press("q", "q")
            try session.waitForPrompt()
            let saved = try String(contentsOf: state.appendingPathComponent("pamphlet/positions.json"), encoding: .utf8)
            #expect(saved.contains(ReaderSession.article))
            // What someone reads is theirs alone.
            #expect(mode(state.appendingPathComponent("pamphlet/positions.json").path) == 0o600)
            #expect(mode(state.appendingPathComponent("pamphlet").path) == 0o700)

            try session.start(["read", ReaderSession.article])
            try session.pane.waitFor("Resumed at")
            try session.pane.press("q", "q")
            #expect(try session.terminalIsRestored())
        }
    }

    @Test func kioskNeverWritesPositions() throws {
        try TemporaryFolder.with { state in
            let session = try ReaderSession(stateFolder: state)
            defer { session.pane.close() }
            try session.start(["read", ReaderSession.article, "--kiosk"])
            try session.pane.waitFor("Ketamine therapy has gained significant attention")
            try session.pane.press("]", "]")
            try session.pane.press("C-c", "q", "q")
            try session.pane.waitFor("Pamphlet")  // at the library, still running: a kiosk keeps the shell away
            try session.send(signal: SIGTERM)      // how staff end it
            try session.waitForPrompt()
            #expect(!FileManager.default.fileExists(atPath: state.appendingPathComponent("pamphlet").path))
        }
    }

    @Test func ctrlCQuitsFromAnyScreen() throws {
        try TemporaryFolder.with { state in
            let session = try ReaderSession(stateFolder: state)
            defer { session.pane.close() }
            try session.start([])
            try session.pane.waitFor("What Does Ketamine Therapy Feel Like?")
            try session.pane.press("?")
            try session.pane.waitFor("Keys")
            try session.pane.press("C-c")
            #expect(try session.terminalIsRestored())
        }
    }
}
