/// A crisis-language file compiled for matching (its phrases, and each phrase word's stem
/// and other spellings), kept beside the search index, so that `search` and `faq`, which
/// check every query, need not parse and stem 500 lines at each run (about 30 M
/// instructions, a third of a search). Stamped with the XXH3 of the file's text: any edit
/// compiles it again.
///
///     a `StampedCacheFile` of magic "PMPHLCRS"; body: pattern count, then per pattern:
///     language, line, source, phrase count; per phrase: ends-text (u8), ruled-out words
///     (count, strings), word count; per word: text, form (u8), joined (u8), stem,
///     spelling count, spellings. Then the warnings: count; per warning: line, level (u8),
///     message (the file's path is given when it is read, so it reads the same by whatever
///     path the library was opened). Counts are varints; strings varint-length-prefixed UTF-8.
struct CompiledCrisisLanguage {
    static let magic: [UInt8] = Array("PMPHLCRS".utf8)
    static let version: UInt32 = 2

    var detector: CrisisDetector
    var warnings: [Diagnostic]

    func encoded(sourceHash: UInt64) -> [UInt8] {
        var body = ByteWriter()
        body.varint(UInt64(detector.patterns.count))
        for (pattern, prepared) in zip(detector.patterns, detector.prepared) {
            body.string(pattern.language)
            body.varint(UInt64(max(0, pattern.line)))
            body.string(pattern.source)
            body.varint(UInt64(pattern.phrases.count))
            for (phrase, words) in zip(pattern.phrases, prepared) {
                body.u8(phrase.endsText ? 1 : 0)
                let ruledOut = phrase.notFollowedBy.sorted()
                body.varint(UInt64(ruledOut.count))
                for word in ruledOut { body.string(word) }
                body.varint(UInt64(words.count))
                for word in words {
                    body.string(word.word.text)
                    body.u8(Self.forms.firstIndex(of: word.word.form).map(UInt8.init) ?? 0)
                    body.u8(word.word.joinedToPrevious ? 1 : 0)
                    body.string(word.stem)
                    body.varint(UInt64(word.forms.count))
                    for form in word.forms {
                        body.varint(UInt64(form.count))
                        body.raw(form)
                    }
                }
            }
        }
        body.varint(UInt64(warnings.count))
        for warning in warnings {
            body.varint(UInt64(max(0, warning.line)))
            body.u8(Self.levels.firstIndex(of: warning.level).map(UInt8.init) ?? 0)
            body.string(warning.message)
        }
        return StampedCacheFile.framed(body, magic: Self.magic, version: Self.version, sourceHash: sourceHash)
    }

    /// The compiled file in `bytes` if it was compiled from text with `sourceHash`, its
    /// warnings placed at `path`; throws on any damage (magic, version, checksum, a read
    /// past the end), so that it is compiled again.
    init(decoding bytes: UnsafeRawBufferPointer, sourceHash: UInt64, path: String) throws(SearchIndexError) {
        let body = try StampedCacheFile.body(of: bytes, magic: Self.magic, version: Self.version, sourceHash: sourceHash)
        var offset = 0
        func nextCount() throws(SearchIndexError) -> Int { try body.boundedCount(&offset) }
        func flag() throws(SearchIndexError) -> UInt8 {
            let value = try body.u8(offset)
            offset += 1
            return value
        }
        var patterns: [CrisisPattern] = []
        var prepared: [[[CrisisWordMatcher.PatternWord]]] = []
        for _ in 0..<(try nextCount()) {
            let language = try body.string(&offset)
            let line = Int(clamping: try body.varint(&offset))
            let source = try body.string(&offset)
            var phrases: [CrisisPattern.Phrase] = []
            var preparedPhrases: [[CrisisWordMatcher.PatternWord]] = []
            for _ in 0..<(try nextCount()) {
                let endsText = try flag() == 1
                var ruledOut: Set<String> = []
                for _ in 0..<(try nextCount()) { ruledOut.insert(try body.string(&offset)) }
                var words: [CrisisWordMatcher.PatternWord] = []
                for _ in 0..<(try nextCount()) {
                    let text = try body.string(&offset)
                    let form = Int(try flag())
                    guard Self.forms.indices.contains(form) else { throw .corrupt("word form") }
                    let joined = try flag() == 1
                    let stem = try body.string(&offset)
                    var spellings: [[UInt8]] = []
                    for _ in 0..<(try nextCount()) {
                        let length = try nextCount()
                        spellings.append(Array(try body.slice(offset, length).buffer))
                        offset += length
                    }
                    words.append(CrisisWordMatcher.PatternWord(
                        word: CrisisPattern.Word(text: text, form: Self.forms[form], joinedToPrevious: joined),
                        forms: spellings, stem: stem))
                }
                phrases.append(CrisisPattern.Phrase(words: words.map(\.word), endsText: endsText, notFollowedBy: ruledOut))
                preparedPhrases.append(words)
            }
            patterns.append(CrisisPattern(phrases: phrases, language: language, line: line, source: source))
            prepared.append(preparedPhrases)
        }
        var warnings: [Diagnostic] = []
        for _ in 0..<(try nextCount()) {
            let line = Int(clamping: try body.varint(&offset))
            let level = Int(try flag())
            guard Self.levels.indices.contains(level) else { throw .corrupt("warning level") }
            warnings.append(Diagnostic(path: path, line: line, level: Self.levels[level], message: try body.string(&offset)))
        }
        guard offset == body.count else { throw .corrupt("trailing bytes") }
        detector = CrisisDetector(patterns: patterns, prepared: prepared)
        self.warnings = warnings
    }

    init(detector: CrisisDetector, warnings: [Diagnostic]) {
        self.detector = detector
        self.warnings = warnings
    }

    private static let forms: [CrisisPattern.WordForm] = [.anyInflection, .exactly, .prefix]
    private static let levels: [Diagnostic.Level] = [.error, .warning, .note]
}
