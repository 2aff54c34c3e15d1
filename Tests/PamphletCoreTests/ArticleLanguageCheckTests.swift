import Foundation
import Testing
@testable import PamphletCore

/// `pamphlet check`'s warning when an article's `language` is not the language its text
/// reads as, by the common function words of English and Spanish.
@Suite struct ArticleLanguageCheckTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let spanishSurgery = tests.appendingPathComponent("PamphletUITests/Fixtures/SpanishLibrary/cuidados-despues-de-una-cirugia.md")
    static let shipped = tests.deletingLastPathComponent().appendingPathComponent("Articles/what-does-ketamine-therapy-feel-like.md")

    private func languageFindings(path: String) throws -> [String] {
        let (article, source) = try ArticleLoader().loadKeepingSource(path: path)
        return ArticleChecker(maxGrade: 99, library: [article]).check(article, source: source).diagnostics
            .map(\.description).filter { $0.contains("reads as") }
    }

    /// The Spanish fixture with its `language:` line changed, in a folder of the test's own.
    private func copy(of url: URL, replacing old: String, with new: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old))
        let path = folder.appendingPathComponent("article.md").path
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func spanishTextMarkedEnglishWarnsAtItsLanguageLine() throws {
        let path = try copy(of: Self.spanishSurgery, replacing: "language: es", with: "language: en")
        let found = try languageFindings(path: path)
        #expect(found.count == 1, "\(found)")
        let finding = try #require(found.first)
        #expect(finding.hasPrefix("\(path):4: warning: language is en but the text reads as Spanish ("), "\(finding)")
        #expect(finding.hasSuffix(" English common words)"), "\(finding)")
    }

    @Test func withoutALanguageLineTheDefaultIsNamedAtLineOne() throws {
        let path = try copy(of: Self.spanishSurgery, replacing: "language: es\n", with: "")
        let found = try languageFindings(path: path)
        #expect(found.count == 1 && found[0].hasPrefix("\(path):1: warning: language is en (the default: no 'language:' line) "
                                                         + "but the text reads as Spanish"), "\(found)")
    }

    @Test func englishTextMarkedSpanishWarns() throws {
        let path = try copy(of: Self.shipped, replacing: "language: en", with: "language: es")
        let found = try languageFindings(path: path)
        #expect(found.count == 1 && found[0].contains("language is es but the text reads as English"), "\(found)")
    }

    @Test func theShippedEnglishArticleAndTheSpanishFixturesDoNotWarn() throws {
        #expect(try languageFindings(path: Self.shipped.path).isEmpty)
        #expect(try languageFindings(path: Self.spanishSurgery.path).isEmpty)
        let asthma = Self.spanishSurgery.deletingLastPathComponent().appendingPathComponent("asma.md")
        #expect(try languageFindings(path: asthma.path).isEmpty)
    }

    @Test func theProfileWantsEnoughWordsAndAClearLead() {
        #expect(TextLanguageProfile(text: "La herida y el dolor.").clearLanguage == nil, "too few words to say")
        let mixed = String(repeating: "the herida and el dolor of la casa ", count: 20)
        #expect(TextLanguageProfile(text: mixed).clearLanguage == nil, "half and half is not clearly either")
        let spanish = TextLanguageProfile(text: String(repeating: "Lávese las manos antes de tocar la herida con el jabón. ", count: 10))
        #expect(spanish.clearLanguage == "es")
        #expect(spanish.english == 0)
        let english = TextLanguageProfile(text: String(repeating: "Wash your hands before you touch the wound with soap. ", count: 10))
        #expect(english.clearLanguage == "en")
    }
}
