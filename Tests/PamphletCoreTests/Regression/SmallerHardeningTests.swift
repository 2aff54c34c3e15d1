import Foundation
import Testing
@testable import PamphletCore

/// Issue 10, item 11: an article symlink led outside the library, and invisible characters
/// in titles passed `check` silently.
@Suite struct SmallerHardeningTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/pamphlet-item11-" + UUID().uuidString.lowercased()
        try FileManager.default.createDirectory(atPath: path + "/library", withIntermediateDirectories: true)
        return path
    }

    private static let article = "---\ntitle: Outside\n---\n\n# Outside\n\nSecret text from elsewhere.\n"

    @Test func anArticleLinkLeadingOutsideTheLibraryIsNotLoadedAndSaysWhy() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.article.write(toFile: root + "/outside.md", atomically: false, encoding: .utf8)
        try Self.article.write(toFile: root + "/library/inside.md", atomically: false, encoding: .utf8)
        #expect(symlink(root + "/outside.md", root + "/library/linked.md") == 0)
        #expect(symlink("inside.md", root + "/library/alias.md") == 0)  // within the library: fine
        let library = try LibraryLoader().load(directory: root + "/library")
        #expect(library.articles.map(\.id) == ["alias", "inside"])
        let outsideTarget = String(cString: realpath(root + "/outside.md", nil))
        #expect(library.diagnostics.map(\.message) == ["is a symbolic link to \(outsideTarget), outside the library folder; "
            + "not loaded (copy the file into the library instead)"])

        let cache = SearchIndexCache(directory: root + "/cache")
        let opened = try cache.open(libraryDirectory: root + "/library")
        #expect(Set(try opened.engine.search("elsewhere").map(\.article)) == ["alias", "inside"])
    }

    @Test(arguments: [
        ("Sleep\u{200B} well", "U+200B (zero width space)"),
        ("Sleep well\u{E0041}\u{E0042}", "U+E0041 (tag character)"),
        ("Sleep\u{2060}well", "U+2060 (word joiner)"),
    ])
    func invisibleCharactersInATitleAreWarnedAbout(_ title: String, _ named: String) throws {
        let text = "---\ntitle: \(title)\n---\n\n# \(title)\n\nRest.\n"
        let article = try ArticleLoader().parse(bytes: Array(text.utf8), id: "sleep", path: "sleep.md")
        let report = ArticleChecker(library: [article]).check(article, source: text)
        let messages = report.diagnostics.filter { $0.level == .warning }.map(\.message)
        #expect(messages.contains("the title contains an invisible character, \(named); readers cannot see it "
            + "and search may not match the title as they type it"))
        #expect(messages.contains { $0.hasPrefix("heading '") && $0.contains("contains an invisible character, \(named)") })
    }

    @Test func emojiSequencesAndJoinersAreNotInvisibleCharacters() {
        #expect(InvisibleCharacters.first(in: "Care 👩\u{200D}⚕️ and 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}") == nil)
    }
}
