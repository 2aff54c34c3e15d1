import Foundation
import Testing

/// What a first-time user of the commands meets: --help, a typo, a narrow terminal, an existing file.
@Suite struct CommandHelpTests {
    static let commands: [[String]] = [
        [], ["read"], ["list"], ["show"], ["toc"], ["search"], ["faq"], ["consult"],
        ["requests"], ["requests", "list"], ["requests", "export"], ["requests", "send"], ["check"],
    ]

    /// Every example starts with the command it documents, so none is a copy of another's.
    @Test(arguments: commands)
    func everyCommandsHelpHasExamplesOfItself(command: [String]) throws {
        let result = try PamphletProcess.run(command + ["--help"])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex(of: "  Examples:") ?? lines.firstIndex(of: "Examples:"),
                                   "no Examples in \(command) --help:\n\(result.stdout)")
        let invocation = (["pamphlet"] + command).joined(separator: " ")
        let examples = lines[(heading + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(examples.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix(invocation) }.count >= 2,
                "\(invocation) --help:\n\(result.stdout)")
    }

    @Test func aMistypedCommandSuggestsTheClosestOne() throws {
        let result = try PamphletProcess.run(["serch", "side", "effects"])
        #expect(result.status == 64)
        #expect(result.stderr == "pamphlet: no command 'serch'; did you mean 'search'? (see 'pamphlet search --help')\n")
        let nested = try PamphletProcess.run(["requests", "lst"])
        #expect(nested.stderr == "pamphlet requests: no command 'lst'; did you mean 'list'? (see 'pamphlet requests list --help')\n")
        let unknown = try PamphletProcess.run(["--no-color", "frobnicate"])
        #expect(unknown.stderr.hasPrefix("pamphlet: no command 'frobnicate'. The commands are: read, list, show,"))
    }

    @Test(arguments: [40, 60, 80])
    func listWrapsTitlesAndSummariesAtWords(width: Int) throws {
        let library = PamphletProcess.packageRoot.appendingPathComponent("Articles").path
        let result = try PamphletProcess.run(["list", "--library", library, "--width", String(width)])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= width }, "\(result.stdout)")
        // Word for word the summary, none broken.
        let summary = "What a ketamine therapy session is like, from the first consultation to the hours after, "
            + "with its benefits, risks and common questions."
        let words = lines.dropFirst().joined(separator: " ").split(separator: " ").map(String.init)
        #expect(words.joined(separator: " ").contains(summary))
        // Piped without --width, the summary stays one line for scripts.
        let piped = try PamphletProcess.run(["list", "--library", library])
        #expect(piped.stdout.contains("    " + summary) || piped.stdout.contains(" " + summary + "\n"))
    }

    @Test func exportRefusesToReplaceAFileUnlessForced() throws {
        let home = try TemporaryFolder()
        #expect(try home.pamphlet.run(ConsultArguments.valid).status == 0)
        let target = home.path + "/requests.csv"
        try "the clinic's own notes\n".write(toFile: target, atomically: false, encoding: .utf8)
        let refused = try home.pamphlet.run(["requests", "export", "--output", target])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(target) already exists; nothing was written. Choose another file, or add --force to replace it."))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "the clinic's own notes\n")
        let forced = try home.pamphlet.run(["requests", "export", "--output", target, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("id,"))
    }

    /// The text before an article's first heading has no anchor; "presion-arterial-alta#" is no place.
    @Test func aResultBeforeTheFirstHeadingShowsNoEmptyAnchor() throws {
        try TemporaryFolder.with { folder in
            try """
                ---
                title: Presión arterial alta
                language: es
                ---

                La presión arterial alta no suele dar síntomas.

                # Qué hacer

                Tome la medicación.
                """.write(to: folder.appendingPathComponent("presion-arterial-alta.md"), atomically: false, encoding: .utf8)
            let result = try PamphletProcess.inheriting(["XDG_CACHE_HOME": folder.path + "/cache"])
                .run(["search", "--library", folder.path, "síntomas"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("\n   presion-arterial-alta\n"), "\(result.stdout)")
            #expect(!result.stdout.contains("presion-arterial-alta#\n"))
        }
    }

    /// Plain text cannot follow a link: its text stays in the sentence and each
    /// section ends with its links as numbered notes, in `show` and `--plain` alike.
    @Test func showAndThePlainReaderListLinksAsNumberedNotes() throws {
        try TemporaryFolder.with { folder in
            try """
                ---
                title: Blood pressure
                ---

                # Blood pressure

                Read [the questions](#faq) or [sleep advice](sleep.md#naps), and the [heart foundation](https://example.org/heart) site.

                ## FAQ

                ### Why?

                Because.
                """.write(to: folder.appendingPathComponent("bp.md"), atomically: false, encoding: .utf8)
            try "---\ntitle: Sleep\n---\n\n# Sleep\n\n## Naps\n\nShort.\n"
                .write(to: folder.appendingPathComponent("sleep.md"), atomically: false, encoding: .utf8)
            let shown = try PamphletProcess.run(["show", "bp", "--library", folder.path, "--width", "80"])
            #expect(shown.stdout.contains("""
                Read the questions[1] or sleep advice[2], and the heart foundation[3] site.

                Links:
                [1] the questions → Blood pressure, section FAQ (pamphlet show bp --section faq)
                [2] sleep advice → Sleep, section Naps (pamphlet show sleep --section naps)
                [3] heart foundation → https://example.org/heart

                """), "\(shown.stdout)")
            #expect(!shown.stdout.contains("<#faq>") && !shown.stdout.contains("\u{1B}"))
            let plain = try PamphletProcess.run(["read", "bp", "--plain", "--library", folder.path],
                                                stdin: "1\ng 2\nb\nq\n")
            let notes = """
                [1] the questions → Blood pressure, section FAQ
                [2] sleep advice → Sleep, section Naps
                [3] heart foundation → https://example.org/heart
                Type g and a link's number to follow it, for example g 1; b comes back.

                """
            #expect(plain.stdout.contains("Article: Sleep\nSection 2 of 2 entries: Naps\nShort.\n"), "\(plain.stdout)")
            #expect(plain.stdout.contains("Article: Blood pressure\nSection 1 of 3 entries: Blood pressure\n"))
            #expect(plain.stdout.contains(notes), "\(plain.stdout)")
        }
    }
}
