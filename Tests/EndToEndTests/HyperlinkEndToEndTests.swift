import Foundation
import Testing

/// OSC 8 as the terminal receives it from the real reader: a web address's text is a
/// hyperlink where the terminal shows them, and never on a kiosk. (tmux 3.3 keeps no
/// hyperlinks on its screen, so the bytes the pane receives are read instead.)
@Suite(.serialized) struct HyperlinkEndToEndTests {
    static let article = """
        ---
        title: Blood pressure
        ---

        # Blood pressure

        See the [heart foundation](https://example.org/heart) site, or [naps](#blood-pressure).
        """
    static let opening = "\u{1B}]8;;https://example.org/heart\u{1B}\\"

    /// What the reader sent while showing the article, with hyperlinks forced on or not.
    private func bytesReceived(extra arguments: [String]) throws -> String {
        try TemporaryFolder.with { folder in
            let library = folder.appendingPathComponent("library")
            try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
            try Self.article.write(to: library.appendingPathComponent("bp.md"), atomically: false, encoding: .utf8)
            let session = try ReaderSession(stateFolder: folder.appendingPathComponent("state"),
                                            environment: ["FORCE_HYPERLINK": "1"])
            defer { session.pane.close() }
            let recording = folder.appendingPathComponent("pane-output").path
            try session.pane.recordOutput(to: recording)
            try session.start(["read", "bp"] + arguments, library: library.path)
            try session.pane.waitFor("heart foundation")
            // A kiosk does not quit on a key: end it as staff would, with a signal.
            try session.send(signal: SIGTERM)
            try session.waitForPrompt()
            return String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: recording))) ?? Data(), as: UTF8.self)
        }
    }

    @Test func aWebAddressReachesTheTerminalAsAnOSC8Hyperlink() throws {
        try PamphletProcess.requireBinary()
        let received = try bytesReceived(extra: [])
        let linked = received.components(separatedBy: Self.opening).dropFirst()
            .map { $0.components(separatedBy: "\u{1B}]8;;\u{1B}\\")[0] }
        #expect(!linked.isEmpty, "an OSC 8 hyperlink to the web address")
        #expect(linked.allSatisfy { $0.contains("heart foundation") && !$0.contains("site") },
                "the link's text alone, between the opening and the closing sequence: \(linked)")
        #expect(!received.contains("\u{1B}]8;;#"), "an anchor within the article is not a web address")
    }

    @Test func aKioskSendsNoHyperlinkEvenWhenForced() throws {
        try PamphletProcess.requireBinary()
        let received = try bytesReceived(extra: ["--kiosk"])
        #expect(received.contains("heart foundation"))
        #expect(!received.contains("\u{1B}]8;"))
    }
}
