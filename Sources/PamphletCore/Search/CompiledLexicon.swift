#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A lexicon with its words stemmed in English and Spanish, kept beside the search index
/// (`lexicon-<hash of the library path>.bin`, trusted as the index is), so that a search
/// does not parse the file and stem its words twice at every run (about 30 M instructions).
/// Stamped with the XXH3 of the file's text: any edit builds it again.
///
///     magic "PMPHLLEX" | version u32 | XXH3 of the source text u64 | body length u64 |
///     XXH3 of the body u64 | body
///     body: group count; per group: phrase count; per phrase: word count; per word: the
///           word, its English stem, its Spanish stem. Counts are varints; strings
///           varint-length-prefixed UTF-8.
enum CompiledLexicon {
    static let magic: [UInt8] = Array("PMPHLLEX".utf8)
    static let version: UInt32 = 1
    private static let headerSize = 8 + 4 + 8 + 8 + 8

    static func encoded(_ lexicon: Lexicon, sourceHash: UInt64) -> [UInt8] {
        var body = ByteWriter()
        let keys = lexicon.wordKeys
        body.varint(UInt64(keys.count))
        for group in keys {
            body.varint(UInt64(group.count))
            for phrase in group {
                body.varint(UInt64(phrase.count))
                for word in phrase {
                    body.string(word.word)
                    body.string(word.english)
                    body.string(word.spanish)
                }
            }
        }
        var file = ByteWriter()
        file.raw(magic)
        file.u32(version)
        file.u64(sourceHash)
        file.u64(UInt64(body.count))
        file.u64(Checksum.of(body.bytes))
        file.raw(body.bytes)
        return file.bytes
    }

    /// The lexicon in `bytes` if it was built from text with `sourceHash`; throws on any damage.
    static func decoded(_ bytes: UnsafeRawBufferPointer, sourceHash: UInt64) throws(SearchIndexError) -> Lexicon {
        let view = ByteView(bytes)
        try view.check(0, headerSize)
        guard Array(bytes[0..<8]) == magic else { throw .corrupt("not a compiled lexicon") }
        let found = try view.u32(8)
        guard found == version else { throw .wrongVersion(found) }
        guard try view.u64(12) == sourceHash else { throw .corrupt("compiled from another text") }
        let bodyLength = try view.u64(20)
        guard bodyLength == UInt64(view.count - headerSize) else { throw .corrupt("length") }
        let body = try view.slice(headerSize, Int(bodyLength))
        guard Checksum.of(body) == (try view.u64(28)) else { throw .corrupt("checksum") }
        var offset = 0
        // Each count is bounded by the bytes left, so damage cannot ask for a huge array.
        func nextCount() throws(SearchIndexError) -> Int {
            let value = try body.varint(&offset)
            guard value <= UInt64(body.count - offset) else { throw .corrupt("count") }
            return Int(value)
        }
        var keys: [[[Lexicon.WordKeys]]] = []
        for _ in 0..<(try nextCount()) {
            var group: [[Lexicon.WordKeys]] = []
            for _ in 0..<(try nextCount()) {
                var phrase: [Lexicon.WordKeys] = []
                for _ in 0..<(try nextCount()) {
                    phrase.append(Lexicon.WordKeys(word: try body.string(&offset), english: try body.string(&offset),
                                                   spanish: try body.string(&offset)))
                }
                group.append(phrase)
            }
            keys.append(group)
        }
        guard offset == body.count else { throw .corrupt("trailing bytes") }
        return Lexicon(keys: keys)
    }

    /// The library's lexicon: from `cachePath` when built from this very text, else parsed
    /// (throwing its error) and the file written there. No file means an empty lexicon.
    static func load(fromLibrary directory: String, cachePath: String?) throws(LexiconError) -> Lexicon {
        let path = directory.hasSuffix("/") ? directory + Lexicon.fileName : directory + "/" + Lexicon.fileName
        guard FileManager.default.fileExists(atPath: path) else { return .empty }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(path: path, line: 1, message: "cannot read the file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LexiconError(path: path, line: 1, message: "not valid UTF-8")
        }
        let sourceHash = data.withUnsafeBytes { Checksum.of($0) }
        if let cachePath, let storage = IndexStorage(mapping: cachePath),
           let cached = try? decoded(storage.bytes, sourceHash: sourceHash) {
            return cached
        }
        let lexicon = try Lexicon(parsing: text, path: path)
        // Failing to write is not an error: the next run builds it again.
        if let cachePath { try? DurableFile.replace(cachePath, with: encoded(lexicon, sourceHash: sourceHash)) }
        return lexicon
    }
}
