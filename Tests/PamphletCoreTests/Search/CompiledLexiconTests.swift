import Foundation
import Testing
@testable import PamphletCore

/// The lexicon kept stemmed beside the index: read back it must expand queries exactly as
/// the parsed file does, and an edit or damage must build it again.
@Suite struct CompiledLexiconTests {
    static let text = "# test\nshot = injection = jab\nfirst appointment = initial consultation\nvacuna = inyección\n"

    static func decode(_ bytes: [UInt8], sourceHash: UInt64) throws -> Lexicon {
        try bytes.withUnsafeBytes { raw in try CompiledLexicon.decoded(raw, sourceHash: sourceHash) }
    }

    @Test func readBackItExpandsQueriesTheSame() throws {
        let parsed = try Lexicon(parsing: Self.text)
        let decoded = try Self.decode(CompiledLexicon.encoded(parsed, sourceHash: 7), sourceHash: 7)
        #expect(decoded == parsed)
        for query in [["jabs"], ["my", "first", "ketamine", "appointment"], ["vacunas"], ["nothing"]] {
            let mine = decoded.alternatives(for: query).map { "\($0.span) \($0.phrases)" }
            let theirs = parsed.alternatives(for: query).map { "\($0.span) \($0.phrases)" }
            #expect(mine == theirs, "\(query)")
        }
    }

    @Test func anotherTextOrDamageIsNotUsed() throws {
        let bytes = CompiledLexicon.encoded(try Lexicon(parsing: Self.text), sourceHash: 7)
        #expect(throws: SearchIndexError.self) { _ = try Self.decode(bytes, sourceHash: 8) }
        for position in [0, 9, bytes.count / 2, bytes.count - 1] {
            var damaged = bytes
            damaged[position] ^= 0x5A
            #expect(throws: SearchIndexError.self, "byte \(position)") { _ = try Self.decode(damaged, sourceHash: 7) }
        }
    }

    @Test func aLibrarysLexiconIsBuiltOnceAndAgainWhenEdited() throws {
        let root = FileManager.default.temporaryDirectory.path + "/pamphlet-lexicon-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/library", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/cache", withIntermediateDirectories: true)
        let file = root + "/library/" + Lexicon.fileName, cache = root + "/cache/lexicon.bin"
        try Self.text.write(toFile: file, atomically: false, encoding: .utf8)
        let first = try CompiledLexicon.load(fromLibrary: root + "/library", cachePath: cache)
        #expect(FileManager.default.fileExists(atPath: cache))
        #expect(try CompiledLexicon.load(fromLibrary: root + "/library", cachePath: cache) == first)
        try (Self.text + "beer = alcohol\n").write(toFile: file, atomically: false, encoding: .utf8)
        let edited = try CompiledLexicon.load(fromLibrary: root + "/library", cachePath: cache)
        #expect(edited.groups.count == first.groups.count + 1)
        #expect(!edited.alternatives(for: ["beer"]).isEmpty)
        try "shot\n".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(throws: LexiconError.self) { _ = try CompiledLexicon.load(fromLibrary: root + "/library", cachePath: cache) }
    }
}
