import Foundation
import Testing

/// A machine whose locale is plain C (LANG=C, common over ssh and in cron)
/// must still show Zoë and 日本語, not mojibake or question marks.
@Suite struct PlainLocaleTests {
    static let fixtureLibrary = PamphletProcess.packageRoot
        .appendingPathComponent("Tests/PamphletUITests/Fixtures/Library").path

    @Test func readerShowsUnicodeUnderTheCLocale() throws {
        try TemporaryFolder.with { state in
            let session = try ReaderSession(stateFolder: state, environment: ["LANG": "C", "LC_ALL": "C"])
            defer { session.pane.close() }
            try session.start(["read", "unicode-sampler"], library: Self.fixtureLibrary)
            let screen = try session.pane.waitFor("Unicode Sampler")
            #expect(screen.contains("日本語"))
            #expect(screen.contains("Zoë"))
            try session.pane.press("q", "q")  // back to the library, then out
            #expect(try session.terminalIsRestored())
        }
    }

    @Test func showWritesUTF8UnderTheCLocale() throws {
        let result = try PamphletProcess.run(["show", "unicode-sampler", "--library", Self.fixtureLibrary],
                                             environment: ["LANG": "C", "LC_ALL": "C"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Unicode Sampler: 日本語"))
        #expect(result.stdout.contains("Zoë"))
    }
}
