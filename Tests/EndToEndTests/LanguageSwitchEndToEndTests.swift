import Foundation
import Testing

/// The language switch and the offer in the real binary, with its catalogs, in tmux;
/// and `check`'s language warning as an author sees it.
@Suite(.serialized) struct LanguageSwitchEndToEndTests {
    static let spanishLibrary = PamphletProcess.packageRoot
        .appendingPathComponent("Tests/PamphletUITests/Fixtures/SpanishLibrary").path

    @Test func lSwitchesTheLibraryAndTheOfferSwitchesFromAnArticle() throws {
        try TemporaryFolder.with { state in
            let session = try ReaderSession(stateFolder: state, width: 80, height: 24)
            defer { session.pane.close() }
            try session.start([], library: Self.spanishLibrary)
            try session.pane.waitFor("L:Español")
            try session.pane.press("L")
            try session.pane.waitFor("2 artículos")
            try session.pane.waitFor("L:English")
            try session.pane.press("L")
            try session.pane.waitFor("2 articles")
            try session.pane.press("Enter")
            try session.pane.waitFor("¿Ver Pamphlet en español? s/n")
            try session.pane.press("s")
            try session.pane.waitFor("?:ayuda")
            try session.pane.press("q")
            try session.pane.waitFor("2 artículos")
            try session.pane.press("q")
            #expect(try session.terminalIsRestored())
        }
    }

    @Test func checkWarnsWhenTheTextIsNotTheArticlesLanguage() throws {
        try TemporaryFolder.with { folder in
            let spanish = try String(contentsOfFile: Self.spanishLibrary + "/asma.md", encoding: .utf8)
            try spanish.replacingOccurrences(of: "language: es", with: "language: en")
                .write(to: folder.appendingPathComponent("asma.md"), atomically: false, encoding: .utf8)
            let result = try PamphletProcess.run(["check", "--library", folder.path, "--quiet"])
            #expect(result.stdout.contains(folder.path + "/asma.md:4: warning: language is en but the text reads as Spanish ("),
                    "\(result.stdout)")
            let shipped = try PamphletProcess.run(["check", "--library", Self.spanishLibrary, "--quiet"])
            #expect(!shipped.stdout.contains("reads as"), "\(shipped.stdout)")
        }
    }
}
