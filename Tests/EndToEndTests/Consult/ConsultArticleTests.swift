import Foundation
import PamphletCore
import Testing

/// `--article` is checked against the library; the article's title becomes
/// the topic and its crisis text is shown with the confirmation.
@Suite struct ConsultArticleTests {
    private func library(in home: borrowing TemporaryHome) throws -> String {
        let folder = home.path + "/library"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        try """
            ---
            title: Sleep After Treatment
            crisis: In a crisis, call or text 988.
            ---
            # Sleep After Treatment

            Rest well.
            """.write(toFile: folder + "/sleep.md", atomically: false, encoding: .utf8)
        return folder
    }

    @Test func aKnownArticleFillsTheTopicAndShowsItsCrisisText() throws {
        let home = try TemporaryHome()
        let folder = try library(in: home)
        let result = try home.cli.run(PamphletCLI.validRequest + ["--article", "sleep", "--library", folder])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("In a crisis, call or text 988.\n"))
        let saved = try #require(try ConsultStore(path: home.cli.requestsPath).load().requests.first)
        #expect(saved.article == "sleep")
        #expect(saved.topic == "Sleep After Treatment")
    }

    @Test func anUnknownArticleIsAFieldErrorAndNothingIsSaved() throws {
        let home = try TemporaryHome()
        let folder = try library(in: home)
        let result = try home.cli.run(PamphletCLI.validRequest + ["--article", "nope", "--library", folder])
        #expect(result.status == 65)
        #expect(result.stderr == """
            pamphlet: Article (--article): There is no article with this id in \(folder).
            pamphlet: Nothing was saved.

            """)
        #expect(!FileManager.default.fileExists(atPath: home.cli.requestsPath))
    }
}
