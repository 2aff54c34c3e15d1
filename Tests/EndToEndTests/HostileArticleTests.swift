import Foundation
import Testing

/// An article file is untrusted: escape sequences in it must show as inert
/// placeholders, never clear the screen, set the clipboard or move the cursor.
@Suite struct HostileArticleTests {
    static let article = """
        ---
        title: Hostile Text
        ---

        # Hostile Text

        Before\u{1B}[2Jafter the clear-screen sequence.

        Copy\u{1B}]52;c;SGFja2Vk\u{07}done with the clipboard.

        Carriage\rreturn and back\u{8}space stay put.
        """

    @Test func controlSequencesInAnArticleShowAsPlaceholders() throws {
        try TemporaryFolder.with { folder in
            let library = folder.appendingPathComponent("library")
            try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
            try Self.article.write(to: library.appendingPathComponent("hostile.md"), atomically: false, encoding: .utf8)
            let state = folder.appendingPathComponent("state")
            let session = try ReaderSession(stateFolder: state)
            defer { session.pane.close() }
            try session.pane.allowClipboardWrites()

            try session.start(["read", "hostile"], library: library.path)
            let screen = try session.pane.waitFor("done with the clipboard")
            #expect(screen.contains("Hostile Text"))
            #expect(screen.contains("Before␛[2Jafter the clear-screen sequence."))
            // Markdown reads a lone CR as a line ending, so it becomes a soft break.
            #expect(screen.contains("Carriage return and back␈space stay put."))
            #expect(try session.pane.pasteBuffers().isEmpty)
            try session.pane.press("C-c")
            #expect(try session.terminalIsRestored())
        }
    }

    /// The same through every plain command, in a terminal: each prints the
    /// article's text (or a title with an escape in it) as placeholders.
    @Test func everyPlainCommandPrintsControlSequencesAsPlaceholders() throws {
        try TemporaryFolder.with { folder in
            let library = folder.appendingPathComponent("library")
            try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
            let article = Self.article
                .replacingOccurrences(of: "title: Hostile Text", with: "title: \"Hostile \\e]52;c;SGFja2Vk\\a Text\"")
                + "\n\n## FAQ\n\n### Is the clipboard\u{1B}[2J safe?\n\nYes, the clipboard stays\u{1B}[31m yours.\n"
            try article.write(to: library.appendingPathComponent("hostile.md"), atomically: false, encoding: .utf8)
            let session = try ReaderSession(stateFolder: folder.appendingPathComponent("state"))
            defer { session.pane.close() }
            try session.pane.allowClipboardWrites()
            let commands = [["list"], ["toc", "hostile"], ["show", "hostile"], ["search", "clipboard"],
                            ["faq", "clipboard", "safe"], ["check"]]
            for command in commands {
                try session.pane.type("clear", enter: true)
                try session.waitForPrompt()
                try session.start(command, library: library.path)
                try session.waitForPrompt()
                let screen = try session.pane.screen()
                #expect(screen.contains("␛"), "\(command.joined(separator: " ")) printed:\n\(screen)")
            }
            #expect(try session.pane.pasteBuffers().isEmpty, "no command set the clipboard")
            #expect(try session.terminalIsRestored())
        }
    }
}
