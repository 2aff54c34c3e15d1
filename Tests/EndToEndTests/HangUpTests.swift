import Foundation
import Testing

/// An ssh session that drops closes the reader's terminal. The reader must then
/// save what it holds and end, never linger in the background spinning on a
/// closed input, even where the hang-up signal itself is ignored (nohup, some
/// shells and session managers).
@Suite struct HangUpTests {
    @Test func closedTerminalEndsTheReaderAndKeepsThePosition() throws {
        try TemporaryFolder.with { state in
            let session = try ReaderSession(stateFolder: state)
            try session.pane.type("trap '' HUP", enter: true)
            try session.start(["read", ReaderSession.article])
            try session.pane.waitFor("Ketamine therapy has gained significant attention")
            try session.pane.press("Space")
            try session.pane.waitFor("The Role of Ketamine in Mental Health Treatment")
            let reader = try #require(try session.pane.foregroundPid(named: "pamphlet"))

            session.pane.close()

            let deadline = Date().addingTimeInterval(10)
            while kill(reader, 0) == 0 && Date() < deadline { usleep(50_000) }
            #expect(kill(reader, 0) != 0, "the reader is still running after its terminal closed")
            let positions = state.appendingPathComponent("pamphlet/positions.json")
            let saved = try String(contentsOf: positions, encoding: .utf8)
            #expect(saved.contains(ReaderSession.article))
        }
    }
}
