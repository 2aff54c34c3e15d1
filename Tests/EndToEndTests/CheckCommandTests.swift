import Foundation
import Testing

/// `pamphlet check` as an author or CI runs it.
@Suite struct CheckCommandTests {
    private func write(_ text: String, _ name: String, in folder: URL) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
    }

    @Test func shippedLibraryHasNoErrors() throws {
        let library = PamphletProcess.packageRoot.appendingPathComponent("Articles").path
        let result = try PamphletProcess.run(["check", "--library", library])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("what-does-ketamine-therapy-feel-like"))
        #expect(result.stdout.contains("FK grade"))
        #expect(result.stdout.hasSuffix("1 file checked: 0 errors, \(result.stdout.components(separatedBy: ": warning: ").count - 1) warnings\n"))
    }

    @Test func findingsAreCompilerStyleAndFailTheRun() throws {
        try TemporaryFolder.with { folder in
            try write("""
                ---
                title: Broken
                colour: blue
                ---

                # Broken

                ### Skipped a level

                Text with an escape \u{1B}[2J and a [bad link](#nowhere).

                ## FAQ

                ### Why?
                """, "broken.md", in: folder)
            try write("not front matter at all\n", "untitled.md", in: folder)
            let result = try PamphletProcess.run(["check", "--library", folder.path, "--quiet"])
            let path = folder.path + "/broken.md"
            #expect(result.status == 1)
            #expect(result.stdout == """
                \(folder.path)/untitled.md:1: error: missing front matter: an article must start with a '---' line, then 'title: ...', then '---'
                \(path):3: warning: unknown front matter key 'colour'; known keys: crisis, disclaimer, faq, keywords, language, publisher, reviewed, source, summary, title
                \(path):8: error: heading level 3 under level 1: a level is skipped (use ##)
                \(path):10: error: link to '#nowhere': no section '#nowhere' in 'broken'
                \(path):10: error: ESC (U+001B) at column 21; the reader shows it as ␛, remove it
                \(path):14: error: question 'Why?' has no answer
                2 files checked: 5 errors, 1 warning

                """)
        }
    }

    /// A link deep in a paragraph is reported at its own line, where the author looks.
    @Test func aBrokenLinkIsReportedAtItsOwnLine() throws {
        try TemporaryFolder.with { folder in
            try write("""
                ---
                title: Links
                ---

                # Links

                A paragraph that starts here,
                goes on, and links [nowhere](ghost.md#x)
                and to [a section](#Links) that exists.
                Then [a file](../notes/a.md).
                """, "links.md", in: folder)
            let result = try PamphletProcess.run(["check", "--library", folder.path, "--quiet"])
            let path = folder.path + "/links.md"
            #expect(result.status == 1)
            #expect(result.stdout == """
                \(path):8: error: link to 'ghost.md#x': no article 'ghost' in the library
                \(path):10: warning: link to '../notes/a.md' cannot be followed: a link goes to an article of this folder, a #section, or an http, https, mailto or tel address
                1 file checked: 1 error, 1 warning

                """)
        }
    }

    /// One round shows everything: a front matter that does not parse is one finding,
    /// and the body is checked as well.
    @Test func frontMatterErrorDoesNotHideTheBodysFindings() throws {
        try TemporaryFolder.with { folder in
            try write("""
                ---
                title: Blood pressure
                summary: Why: it matters
                ---

                # Blood pressure

                ### Skipped

                See [the part](#nowhere).
                """, "bp.md", in: folder)
            let result = try PamphletProcess.run(["check", "--library", folder.path, "--quiet"])
            let path = folder.path + "/bp.md"
            #expect(result.status == 1)
            #expect(result.stdout == """
                \(path):3: error: front matter: the value has ': ' inside it, which reads as a second key; put the whole value in double quotes (summary: "Why: it matters")
                \(path):8: error: heading level 3 under level 1: a level is skipped (use ##)
                \(path):10: error: link to '#nowhere': no section '#nowhere' in 'bp'
                1 file checked: 3 errors, 0 warnings

                """)
        }
    }

    @Test func strictFailsOnWarningsAndMaxGradeComesFromTheLibraryConfig() throws {
        try TemporaryFolder.with { folder in
            let hard = String(repeating: "Pharmacological interventions necessitate comprehensive multidisciplinary evaluation. ", count: 30)
            try write("---\ntitle: Hard\n---\n\n# Hard\n\n\(hard)\n", "hard.md", in: folder)
            let relaxed = try PamphletProcess.run(["check", folder.path])
            #expect(relaxed.status == 0)
            #expect(relaxed.stdout.contains("warning: article reads at grade"))
            let strict = try PamphletProcess.run(["check", "--strict", folder.path])
            #expect(strict.status == 1)
            try write("readability_max_grade: 20\n", "pamphlet.yml", in: folder)
            let configured = try PamphletProcess.run(["check", "--strict", folder.path])
            #expect(configured.status == 1, "grade is above 20 too")
            let flag = try PamphletProcess.run(["check", "--strict", "--max-grade", "99", folder.path])
            #expect(flag.status == 0, "\(flag.stdout)")
        }
    }
}
