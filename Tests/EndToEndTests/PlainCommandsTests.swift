import Foundation
import Testing

/// Runs the built `pamphlet` binary (PAMPHLET_BIN, else .build/debug/pamphlet) on a throwaway library.
@Suite struct PlainCommandsTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["PAMPHLET_BIN"], !path.isEmpty { return path }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent(".build/debug/pamphlet").path
    }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    func withLibrary(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = """
            ---
            title: "Sleep \\e[31mbasics"
            summary: Rest well.
            ---

            # Sleep basics

            ## Habits

            ## FAQ

            ### How long should I sleep?

            <!-- keywords: hours -->

            Seven to nine hours.
            """
        try article.write(to: folder.appendingPathComponent("sleep-basics.md"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE]).write(to: folder.appendingPathComponent("broken.md"))
        try body(folder.path)
    }

    @Test func listShowsArticlesAndReportsTheBadFile() throws {
        try withLibrary { library in
            let result = try run(["list", "--library", library])
            #expect(result.status == 0)
            #expect(result.stdout.contains("sleep-basics  en           4     1  Sleep ␛[31mbasics"))
            #expect(result.stdout.contains("Rest well."))
            #expect(result.stderr == "\(library)/broken.md:1: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8\n")
        }
    }

    @Test func listJSONHasTheDocumentedKeys() throws {
        try withLibrary { library in
            let result = try run(["list", "--json", "--library", library])
            let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
            #expect(rows?.count == 1)
            #expect(rows?.first.map { Set($0.keys) } == ["id", "title", "summary", "language", "sections", "faqs"])
            #expect(rows?.first?["faqs"] as? Int == 1)
        }
    }

    @Test func tocShowsTheTreeAndTheQuestions() throws {
        try withLibrary { library in
            let result = try run(["toc", "sleep-basics", "--library", library])
            #expect(result.status == 0)
            #expect(result.stdout.contains("  Sleep basics  #sleep-basics\n    Habits  #habits\n    FAQ  #faq\n"))
            #expect(result.stdout.hasSuffix("FAQ:\n  How long should I sleep?  #how-long-should-i-sleep\n"))
        }
    }

    @Test func unknownArticleFailsWithSuggestions() throws {
        try withLibrary { library in
            let result = try run(["toc", "sleep-basic", "--library", library])
            #expect(result.status != 0)
            #expect(result.stderr.contains("no article 'sleep-basic'; did you mean 'sleep-basics'?"))
        }
    }

    @Test func bareCommandInAPipePrintsTheList() throws {
        try withLibrary { library in
            let bare = try run(["--library", library])
            let list = try run(["list", "--library", library])
            #expect(bare.status == 0)
            #expect(bare.stdout == list.stdout)
        }
    }

    @Test func missingLibrarySaysWhereItLooked() throws {
        let result = try run(["list", "--library", "/nonexistent/pamphlet-articles"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no article library found; looked in:\n  /nonexistent/pamphlet-articles (--library)"))
    }
}
