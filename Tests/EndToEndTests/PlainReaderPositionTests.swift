import Foundation
import Testing

/// The `--plain` reader remembers the section last read in each article, as the
/// full-screen reader does, and offers it the next time; a kiosk remembers nothing.
@Suite struct PlainReaderPositionTests {
    static let arguments = ["read", ReaderSession.article, "--plain", "--library", ReaderSession.shippedLibrary]

    @Test func enterGoesOnFromTheSectionLastRead() throws {
        try TemporaryFolder.with { folder in
            let environment: [String: String?] = ["XDG_CACHE_HOME": folder.path, "XDG_STATE_HOME": folder.path]
            let first = try PamphletProcess.run(Self.arguments, stdin: "5\nq\n", environment: environment)
            let heading = try #require(first.stdout.firstMatch(of: /Section 5 of 19 entries: ([^\n]+)\n/)?.output.1)
            #expect(FileManager.default.fileExists(atPath: folder.path + "/pamphlet/positions.json"))

            let second = try PamphletProcess.run(Self.arguments, stdin: "\nq\n", environment: environment)
            #expect(second.stdout.contains("Last time you were reading \"\(heading)\"; Enter goes on from there."))
            #expect(second.stdout.contains("Section 5 of 19 entries: \(heading)\n"))

            // Opening without reading on keeps the place rather than moving it back.
            _ = try PamphletProcess.run(Self.arguments, stdin: "q\n", environment: environment)
            let fourth = try PamphletProcess.run(Self.arguments, stdin: "q\n", environment: environment)
            #expect(fourth.stdout.contains("Last time you were reading \"\(heading)\""))
        }
    }

    @Test func aKioskRemembersNothing() throws {
        try TemporaryFolder.with { folder in
            let result = try PamphletProcess.run(Self.arguments + ["--kiosk"], stdin: "5\nq\n",
                                                 environment: ["XDG_CACHE_HOME": folder.path, "XDG_STATE_HOME": folder.path])
            #expect(result.stdout.contains("Section 5 of 19"))
            #expect(!FileManager.default.fileExists(atPath: folder.path + "/pamphlet/positions.json"))
        }
    }
}
