/// A lexicon with its words stemmed in English and Spanish, kept beside the search index
/// (`lexicon-<hash of the library path>.bin`, trusted as the index is), so that a search
/// does not parse the file and stem its words twice at every run (about 30 M instructions).
/// Stamped with the XXH3 of the file's text: any edit builds it again.
///
///     a `StampedCacheFile` of magic "PMPHLLEX"; body: group count; per group: phrase
///     count; per phrase: word count; per word: the word, its English stem, its Spanish
///     stem. Counts are varints; strings varint-length-prefixed UTF-8.
enum CompiledLexicon {
    static let magic: [UInt8] = Array("PMPHLLEX".utf8)
    static let version: UInt32 = 1

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
        return StampedCacheFile.framed(body, magic: magic, version: version, sourceHash: sourceHash)
    }

    /// The lexicon in `bytes` if it was built from text with `sourceHash`; throws on any damage.
    static func decoded(_ bytes: UnsafeRawBufferPointer, sourceHash: UInt64) throws(SearchIndexError) -> Lexicon {
        let body = try StampedCacheFile.body(of: bytes, magic: magic, version: version, sourceHash: sourceHash)
        var offset = 0
        func nextCount() throws(SearchIndexError) -> Int { try body.boundedCount(&offset) }
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
        guard let (text, path) = try Lexicon.text(fromLibrary: directory) else { return .empty }
        let sourceHash = Checksum.of(Array(text.utf8))
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
