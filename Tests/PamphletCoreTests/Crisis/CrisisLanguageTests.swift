import Foundation
import Testing
@testable import PamphletCore

/// The curated phrase file: the shipped one is what the reader uses when a library has
/// none, and a line that cannot be read is an error naming its file and line.
struct CrisisLanguageTests {
    private static var shippedFile: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Articles").appendingPathComponent(CrisisLanguage.fileName)
    }

    @Test func builtInPhrasesAreTheShippedFile() throws {
        let shipped = try String(contentsOf: Self.shippedFile, encoding: .utf8)
        // After editing Articles/crisis-language.txt, run Sources/PamphletCore/Crisis/generate-built-in.sh.
        #expect(CrisisLanguage.builtInText + "\n" == shipped || CrisisLanguage.builtInText == shipped,
                "CrisisLanguage+BuiltIn.swift is out of date")
        let parsed = try CrisisLanguage(parsing: shipped)
        #expect(parsed.warnings.isEmpty, "\(parsed.warnings.map(\.description))")
        #expect(parsed.patterns.contains { $0.language == "en" } && parsed.patterns.contains { $0.language == "es" })
    }

    @Test(arguments: [
        ("kill myself\n", "lib/crisis-language.txt:1: error: a phrase before any language section; start the file with [en] or [es]"),
        ("[en]\nwant to die\n[fr]\n", "lib/crisis-language.txt:3: error: expected a language section, [en] or [es], not [fr]"),
        ("[en]\nhurt $ myself\n", "lib/crisis-language.txt:2: error: $ may only end a phrase (it means: the last words typed)"),
        ("[es]\nquiero desaparecer !\n", "lib/crisis-language.txt:2: error: ! needs the words that may not come next"),
        ("[es]\nquiero desaparecer $ ! las\n", "lib/crisis-language.txt:2: error: a phrase ending in $ has no next word to rule out with !"),
        ("[es]\nquiero desaparecer ! las* los\n", "lib/crisis-language.txt:2: error: after ! only plain words may follow (the words that may not come next)"),
    ])
    func unreadableLinesNameTheFileAndLine(_ text: String, _ message: String) {
        #expect(throws: CrisisLanguageError.self) { try CrisisLanguage(parsing: text, path: "lib/crisis-language.txt") }
        do {
            _ = try CrisisLanguage(parsing: text, path: "lib/crisis-language.txt")
        } catch {
            #expect(error.diagnostics.map(\.description) == [message])
        }
    }

    @Test func aRepeatedPhraseIsAWarningAndTheFileStillLoads() throws {
        let language = try CrisisLanguage(parsing: "[en]\nwant to die\nwant to die\n", path: "lib/crisis-language.txt")
        #expect(language.patterns.count == 1)
        #expect(language.warnings.map(\.description) == ["lib/crisis-language.txt:3: warning: the same phrase as line 2"])
    }
}
