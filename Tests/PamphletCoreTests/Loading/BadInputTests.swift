import Foundation
import Testing
@testable import PamphletCore

/// Each kind of bad file gives exactly one `path:line: error: message`, never a crash.
@Suite struct BadInputTests {
    func loadError(_ bytes: [UInt8], name: String = "bad.md", loader: ArticleLoader = ArticleLoader()) throws -> Diagnostic {
        let folder = try LoadingFixtures.temporaryFolder([name: bytes])
        defer { LoadingFixtures.cleanUp(folder) }
        do {
            let article = try loader.load(path: folder + "/" + name)
            Issue.record("expected an error, loaded \(article.id)")
            return Diagnostic(path: "", line: 0, message: "")
        } catch {
            #expect(error.path == folder + "/" + name)
            #expect(error.level == .error)
            return error
        }
    }

    func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func invalidUTF8NamesTheLineOfTheFirstBadByte() throws {
        let bytes = text("---\ntitle: T\n---\n\nfine\n") + [0x63, 0x61, 0x66, 0xE9, 0x0A] + text("more\n")
        let error = try loadError(bytes)
        #expect(error.line == 6)
        #expect(error.message == "invalid UTF-8 (byte 0xE9); save the file as UTF-8")
    }

    @Test func binaryFileIsRefused() throws {
        let error = try loadError([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        // "\r\n" ends line 1 and "\n" ends line 2: the NUL is on line 3.
        #expect(error.line == 3)
        #expect(error.message == "binary file (NUL byte), not a Markdown article")
    }

    @Test(arguments: [[], Array(" \n\n\t\n".utf8)])
    func emptyFileIsRefused(bytes: [UInt8]) throws {
        let error = try loadError(bytes)
        #expect(error.description.hasSuffix("bad.md:1: error: empty file; an article needs front matter with a title"))
    }

    @Test func missingFrontMatter() throws {
        let error = try loadError(text("\n# Just Markdown\n\nText.\n"))
        #expect(error.line == 2)
        #expect(error.message.hasPrefix("missing front matter"))
    }

    @Test func unclosedFrontMatter() throws {
        let error = try loadError(text("---\ntitle: Open\n\n# Heading\n"))
        #expect(error.line == 1)
        #expect(error.message == "front matter opened here is never closed by a '---' line")
    }

    @Test func invalidYAMLReportsTheFileLine() throws {
        let error = try loadError(text("---\ntitle: Fine\nsummary: [unclosed\nlanguage: en\n---\n\nText.\n"))
        #expect(error.line == 3)
        #expect(error.message == "front matter: a list opened with '[' on this line is not closed with ']'; "
                + "write it as [first, second] on one line")
    }

    /// libyaml's own words name its state, and it marks where it gave up (the end of
    /// the front matter); an author needs the line at fault and what to change.
    @Test(arguments: [
        ("title: T\nsummary: Why: it matters\n", 3,
         "the value has ': ' inside it, which reads as a second key; put the whole value in double quotes (summary: \"Why: it matters\")"),
        ("title: T\n  summary: indented\nlanguage: en\n", 3,
         "this line is indented, so it reads as part of the line above; start each 'key: value' line at the left edge"),
        ("title: \"T\nsummary: x\n", 2,
         "a quote opened on this line is never closed; end the value with the same quote mark"),
        ("title: T\nsummary: \"open\n", 3,
         "a quote opened on this line is never closed; end the value with the same quote mark"),
        ("title: T\n\tsummary: x\n", 3, "this line is indented with a tab; front matter uses spaces only"),
        ("title: T\nsummary x\nlanguage: en\n", 3,
         "this line is not 'key: value': add ': ' after the key, or indent the line if it continues the value above"),
    ])
    func yamlErrorsAreExplainedAtTheLineAtFault(yaml: String, line: Int, message: String) throws {
        let error = try loadError(text("---\n\(yaml)---\n\nText.\n"))
        #expect(error.line == line)
        #expect(error.message == "front matter: " + message)
    }

    @Test func missingTitleNamesTheMistypedKey() throws {
        let error = try loadError(text("---\nsummary: S\ntitel: Blood pressure\n---\n\nText.\n"))
        #expect(error.line == 3)
        #expect(error.message == "front matter has no 'title': did you mean 'title' instead of 'titel'?")
    }

    /// A date that does not exist is never shown to patients as "Reviewed 2026-13-45".
    @Test(arguments: [
        ("2026-13-45", "'reviewed: 2026-13-45' is not a date: there is no month 13; write year-month-day, like 2024-05-31 (the reader does not show it)"),
        ("2023-02-29", "'reviewed: 2023-02-29' is not a date: February 2023 has 28 days, not 29 (the reader does not show it)"),
        ("2024-04-31", "'reviewed: 2024-04-31' is not a date: April 2024 has 30 days, not 31 (the reader does not show it)"),
        ("last spring", "'reviewed: last spring' is not a date; write it as year-month-day, like 2024-05-31 (the reader does not show it)"),
    ])
    func impossibleReviewDatesAreWarnedAndHidden(reviewed: String, message: String) throws {
        let article = try ArticleLoader().parse(
            bytes: text("---\ntitle: T\nreviewed: \(reviewed)\n---\n"), id: "t", path: "t.md")
        #expect(article.meta.reviewed == nil)
        #expect(article.warnings.map(\.description) == ["t.md:3: warning: " + message])
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "2026-12-31", "2024-05-01T10:00:00Z"])
    func realReviewDatesAreKept(reviewed: String) throws {
        let article = try ArticleLoader().parse(
            bytes: text("---\ntitle: T\nreviewed: \(reviewed)\n---\n"), id: "t", path: "t.md")
        #expect(article.meta.reviewed == String(reviewed.prefix(10)))
        #expect(article.warnings.isEmpty)
    }

    @Test func frontMatterThatIsNotAMapping() throws {
        let error = try loadError(text("---\n- a\n- list\n---\n"))
        #expect(error.line == 2)
        #expect(error.message == "front matter must be 'key: value' lines, found a list")
    }

    @Test func missingTitle() throws {
        let error = try loadError(text("---\nsummary: No title here\n---\n\n# Heading\n"))
        #expect(error.line == 1)
        #expect(error.message == "front matter has no 'title'")
    }

    @Test func titleThatIsNotText() throws {
        let error = try loadError(text("---\nsummary: S\ntitle:\n  - a\n---\n"))
        #expect(error.line == 3)
        #expect(error.message == "'title' must be text, found a list")
    }

    @Test func fiftyMegabyteFileIsRefusedBeforeReading() throws {
        let folder = try LoadingFixtures.temporaryFolder([:])
        defer { LoadingFixtures.cleanUp(folder) }
        let path = folder + "/huge.md"
        // A sparse file: 50 MB by size, nothing written, so only stat can tell.
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()

        // Only the size check that comes before any read can report the whole 50 MB:
        // a read stops one byte past the limit. (No time bound: on a shared machine
        // one measures the machine's load, not the code; speed is for Benchmarks.)
        var caught: Diagnostic?
        do throws(Diagnostic) { _ = try ArticleLoader().load(path: path) } catch { caught = error }
        #expect(caught?.description == "\(path):1: error: file is 50 MB, over the 10 MB limit for an article")
    }

    @Test func directoryNamedLikeAnArticleIsRefused() throws {
        let folder = try LoadingFixtures.temporaryFolder([:])
        defer { LoadingFixtures.cleanUp(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/odd.md", withIntermediateDirectories: false)
        #expect(throws: Diagnostic(path: folder + "/odd.md", line: 1, message: "not a regular file")) {
            try ArticleLoader().load(path: folder + "/odd.md")
        }
    }

    /// libyaml stops at 1,000 levels; just under that must still fail cleanly, not overflow the stack.
    @Test(arguments: [900, 100_000])
    func deeplyNestedYAMLIsAnErrorNotACrash(depth: Int) throws {
        let yaml = "title: T\nsummary: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = try loadError(text("---\n\(yaml)\n---\n"))
        #expect(error.line == 3)
        #expect(error.message.hasPrefix(depth < 1_000 ? "'summary' must be text" : "front matter: "))
    }

    @Test func unknownKeysAreRecordedNotFatal() throws {
        let article = try ArticleLoader().parse(
            bytes: text("---\ntitle: T\ncolour: blue\nreviewed: last spring\n---\n"), id: "t", path: "t.md")
        #expect(article.meta.unknownKeys.map(\.key) == ["colour"])
        #expect(article.warnings.map(\.description) == ["t.md:4: warning: 'reviewed: last spring' is not a date; "
                                                        + "write it as year-month-day, like 2024-05-31 (the reader does not show it)"])
    }

    @Test func crlfLineEndingsAndByteOrderMarkLoad() throws {
        let article = try ArticleLoader().parse(
            bytes: [0xEF, 0xBB, 0xBF] + text("---\r\ntitle: Windows\r\n---\r\n\r\n# Heading\r\n\r\nText.\r\n"),
            id: "w", path: "w.md")
        #expect(article.title == "Windows")
        #expect(article.sections.first?.line == 5)
    }

    /// Hostile nesting must load without exhausting the stack or hanging. The
    /// bound only catches a hang: how fast it loads is for Benchmarks, since on
    /// a shared machine a tight bound fails with the load, not with the code.
    @Test(arguments: [
        String(repeating: ">", count: 50_000) + " deep\n",
        String(repeating: "- ", count: 20_000) + "deep\n",
        String(repeating: "*a ", count: 20_000) + String(repeating: "a* ", count: 20_000) + "\n",
        String(repeating: "[", count: 50_000) + "x" + String(repeating: "](u)", count: 50_000) + "\n",
        "| a | b |\n|---|---|\n" + String(repeating: "| 1 | 2 |\n", count: 100_000),
    ])
    func pathologicalMarkdownLoadsInBoundedTime(body: String) throws {
        let clock = ContinuousClock()
        var article: Article?
        let elapsed = try clock.measure {
            article = try ArticleLoader().parse(bytes: text("---\ntitle: Deep\n---\n" + body), id: "deep", path: "deep.md")
        }
        #expect(article?.preamble.isEmpty == false)
        #expect(elapsed < .seconds(60))
    }
}
