import Foundation
import Testing
@testable import PamphletCore

/// The crisis phrases compiled once and kept beside the index: read back, they must find
/// exactly what the parsed file finds, and any edit or damage must compile them again.
@Suite struct CompiledCrisisLanguageTests {
    static let sample = [
        "i want to kill myself", "quiero morir", "me quiero colgar", "every1 wud be better off w/o me",
        "painkiller side effects", "la espalda me está matando", "take all my pills", "overdose", "988",
        "how long does a migraine attack last", "volví a cortarme anoche", "quiero cortarme el pelo",
    ]

    /// (A helper without typed throws: a typed-throws closure here crashed the 6.3 compiler.)
    static func decode(_ bytes: [UInt8], sourceHash: UInt64) throws -> CompiledCrisisLanguage {
        try bytes.withUnsafeBytes { raw in try CompiledCrisisLanguage(decoding: raw, sourceHash: sourceHash, path: CrisisLanguage.fileName) }
    }

    @Test func theShippedPhrasesReadBackFindTheSame() throws {
        let parsed = CrisisDetector.standard
        let bytes = CompiledCrisisLanguage(detector: parsed, warnings: []).encoded(sourceHash: 42)
        let decoded = try Self.decode(bytes, sourceHash: 42)
        #expect(decoded.detector.patterns == parsed.patterns)
        for text in Self.sample {
            #expect(decoded.detector.matches(in: text) == parsed.matches(in: text), "\(text)")
        }
    }

    @Test func anotherTextOrADamagedFileIsNotUsed() throws {
        let bytes = CompiledCrisisLanguage(detector: CrisisDetector.standard, warnings: []).encoded(sourceHash: 42)
        #expect(throws: SearchIndexError.self) { _ = try Self.decode(bytes, sourceHash: 43) }
        for position in [0, 9, bytes.count / 2, bytes.count - 1] {
            var damaged = bytes
            damaged[position] ^= 0x5A
            #expect(throws: SearchIndexError.self, "byte \(position)") { _ = try Self.decode(damaged, sourceHash: 42) }
        }
        #expect(throws: SearchIndexError.self) { _ = try Self.decode(Array(bytes.prefix(bytes.count - 3)), sourceHash: 42) }
    }

    /// A library's own file: compiled on the first run and kept, and compiled again the
    /// moment it is edited (a new phrase works at once), its warnings reported each time.
    @Test func aLibrarysFileIsCompiledOnceAndAgainWhenEdited() throws {
        let root = FileManager.default.temporaryDirectory.path + "/pamphlet-crisis-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let library = root + "/library"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        let file = library + "/" + CrisisLanguage.fileName
        try "[en]\nwant to die\nwant to die\n".write(toFile: file, atomically: false, encoding: .utf8)
        let cache = SearchIndexCache(directory: root + "/cache")

        let (first, firstProblems) = CrisisSupport.load(libraryDirectory: library, config: LibraryConfig(), cache: cache)
        #expect(first.detector.containsCrisisLanguage("i want to die"))
        #expect(firstProblems.map(\.message) == ["the same phrase as line 2"])
        let compiled = try FileManager.default.contentsOfDirectory(atPath: root + "/cache").filter { $0.hasPrefix("crisis-") }
        #expect(compiled.count == 1)

        let (second, secondProblems) = CrisisSupport.load(libraryDirectory: library, config: LibraryConfig(), cache: cache)
        #expect(second.detector.patterns == first.detector.patterns)
        #expect(secondProblems == firstProblems, "the warnings come back from the compiled file")

        // A broken file falls back to the built-in phrases, kept compiled too.
        try "want to die\n".write(toFile: file, atomically: false, encoding: .utf8)
        for _ in 0..<2 {
            let (fallback, problems) = CrisisSupport.load(libraryDirectory: library, config: LibraryConfig(), cache: cache)
            #expect(fallback.detector.patterns == CrisisDetector.standard.patterns)
            #expect(problems.first?.message.contains("a phrase before any language section") == true, "reported at every run")
        }

        try "[en]\nwant to die\nno reason to live\n".write(toFile: file, atomically: false, encoding: .utf8)
        let (edited, editedProblems) = CrisisSupport.load(libraryDirectory: library, config: LibraryConfig(), cache: cache)
        #expect(edited.detector.containsCrisisLanguage("there is no reason to live"))
        #expect(editedProblems.isEmpty)
    }
}
