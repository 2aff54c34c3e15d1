import Foundation
import Testing

/// However the reader ends, the shell it leaves behind must echo and edit lines.
@Suite(.serialized) struct TerminalRestoreTests {
    @Test(arguments: [SIGTERM, SIGHUP, SIGINT, SIGABRT, SIGSEGV])
    func aSignalWhileReadingRestoresTheTerminal(signal: Int32) throws {
        try TemporaryFolder.with { state in
            let session = try ReaderSession(stateFolder: state)
            defer { session.pane.close() }
            try session.start(["read", ReaderSession.article])
            try session.pane.waitFor("Ketamine therapy has gained significant attention")
            try session.send(signal: signal)
            #expect(try session.terminalIsRestored(), "after signal \(signal)")
        }
    }
}
