/// A search index, in the binary format of `IndexFormat`, ready to be queried.
///
/// Opening verifies the small tables; large records are verified as queries read them.
/// Queries go through `SearchEngine`, which adds the lexicon.
public struct SearchIndex: Sendable {
    struct ArticleRecord { var id: String; var title: String; var language: Int; var documents: Range<Int> }
    struct DocumentRecord { var article: Int; var kind: SearchDocumentKind; var fieldLengths: (Int, Int, Int, Int) }
    struct TermRecord { var documentFrequency: Int; var postingsOffset: Int; var postingsLength: Int; var checksum: UInt32 }
    struct DocumentText { var anchor: String; var title: String; var body: String }

    let storage: IndexStorage
    /// Identifies the library files the index was built from (0 for in-memory builds).
    public let fingerprint: UInt64
    public let documentCount: Int
    let articleCount: Int
    let termCount: Int
    let surfaceCount: Int
    let averageFieldLengths: [Double]
    /// Base language codes of the indexed articles ("en", "es").
    let languages: [String]
    private let sections: [ByteView]

    init(bytes: [UInt8]) {
        // Bytes fresh from the builder are well-formed by construction.
        try! self.init(storage: IndexStorage(copying: bytes))
    }

    /// Opens index bytes, verifying the header, directory and small tables.
    init(storage: IndexStorage) throws(SearchIndexError) {
        self.storage = storage
        let file = storage.view
        guard file.count >= IndexFormat.dataStart,
              Array(file.buffer[0..<8]) == IndexFormat.magic else { throw .corrupt("not a Pamphlet search index") }
        let version = try file.u32(8)
        guard version == IndexFormat.version else { throw .wrongVersion(version) }
        guard try file.u32(12) == UInt32(IndexFormat.sectionCount) else { throw .corrupt("section count") }
        fingerprint = try file.u64(16)
        guard try file.u64(24) == UInt64(file.count) else { throw .corrupt("file length \(file.count), expected \(try file.u64(24))") }
        let checksumOffset = IndexFormat.headerSize + IndexFormat.sectionCount * IndexFormat.directoryEntrySize
        guard Checksum.of(try file.slice(0, checksumOffset)) == (try file.u64(checksumOffset)) else {
            throw .corrupt("header checksum")
        }
        let postingsEntry = IndexFormat.headerSize + IndexFormat.Section.postings.rawValue * IndexFormat.directoryEntrySize
        storage.prefault(count: Int(clamping: try file.u64(postingsEntry)))
        var sections: [ByteView] = []
        for section in IndexFormat.Section.allCases {
            let entry = IndexFormat.headerSize + section.rawValue * IndexFormat.directoryEntrySize
            let offset = try file.u64(entry), length = try file.u64(entry + 8)
            guard offset <= UInt64(file.count), length <= UInt64(file.count) else { throw .corrupt("section \(section)") }
            let view = try file.slice(Int(offset), Int(length))
            if section.verifiedOnOpen, Checksum.of(view) != (try file.u64(entry + 16)) {
                throw .corrupt("checksum of section \(section)")
            }
            sections.append(view)
        }
        self.sections = sections

        let meta = sections[IndexFormat.Section.meta.rawValue]
        documentCount = Int(try meta.u32(0))
        articleCount = Int(try meta.u32(4))
        termCount = Int(try meta.u32(8))
        surfaceCount = Int(try meta.u32(12))
        var averages: [Double] = []
        for field in 0..<IndexFormat.fieldCount { averages.append(Double(max(try meta.f32(16 + 4 * field), 1))) }
        averageFieldLengths = averages
        var cursor = 16 + 4 * IndexFormat.fieldCount
        let languageCount = Int(try meta.u32(cursor))
        cursor += 4
        var languages: [String] = []
        for _ in 0..<min(languageCount, 64) { languages.append(try meta.string(&cursor)) }
        self.languages = languages

        let expected: [(IndexFormat.Section, Int)] = [
            (.articles, articleCount * IndexFormat.articleRecordSize),
            (.documents, documentCount * IndexFormat.documentRecordSize),
            (.terms, termCount * IndexFormat.termRecordSize),
            (.surfaces, surfaceCount * IndexFormat.surfaceRecordSize),
        ]
        for (section, size) in expected where sections[section.rawValue].count != size {
            throw .corrupt("size of section \(section)")
        }
    }

    /// Checks every byte, postings and texts included (for tests and `pamphlet check`).
    public func verifyCompletely() throws(SearchIndexError) {
        let file = storage.view
        for section in IndexFormat.Section.allCases where !section.verifiedOnOpen {
            let entry = IndexFormat.headerSize + section.rawValue * IndexFormat.directoryEntrySize
            if Checksum.of(sections[section.rawValue]) != (try file.u64(entry + 16)) {
                throw .corrupt("checksum of section \(section)")
            }
        }
    }

    /// The raw file bytes, for writing to the cache.
    func withBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T { try body(storage.bytes) }

    // MARK: Tables

    private func section(_ section: IndexFormat.Section) -> ByteView { sections[section.rawValue] }

    private func string(reference offset: Int, in table: ByteView) throws(SearchIndexError) -> ByteView {
        let start = Int(try table.u32(offset)), length = Int(try table.u32(offset + 4))
        return try section(.strings).slice(start, length)
    }

    func article(_ index: Int) throws(SearchIndexError) -> ArticleRecord {
        let table = section(.articles), at = index * IndexFormat.articleRecordSize
        let first = Int(try table.u32(at + 20))
        let end = index + 1 < articleCount ? Int(try table.u32(at + IndexFormat.articleRecordSize + 20)) : documentCount
        guard first <= end, end <= documentCount else { throw .corrupt("documents of article \(index)") }
        return ArticleRecord(id: try string(reference: at, in: table).string(),
                             title: try string(reference: at + 8, in: table).string(),
                             language: Int(try table.u32(at + 16)), documents: first..<end)
    }

    /// The file an article was indexed from and the hash of its bytes; nil for in-memory
    /// builds, which record no file.
    func articleSource(_ index: Int) throws(SearchIndexError) -> ArticleSource? {
        let table = section(.articles), at = index * IndexFormat.articleRecordSize
        let name = try string(reference: at + 24, in: table)
        guard name.count > 0 else { return nil }
        return ArticleSource(fileName: name.string(), contentHash: try table.u64(at + 32))
    }

    /// The index of the article with `id`, by linear scan (articles are few next to documents).
    func articleIndex(id: String) throws(SearchIndexError) -> Int? {
        let table = section(.articles)
        let wanted = Array(id.utf8)
        for index in 0..<articleCount {
            let candidate = try string(reference: index * IndexFormat.articleRecordSize, in: table)
            if candidate.compare(wanted) == 0 { return index }
        }
        return nil
    }

    /// The base language code of an article ("en", "es").
    func articleLanguage(_ index: Int) throws(SearchIndexError) -> String {
        let language = Int(try section(.articles).u32(index * IndexFormat.articleRecordSize + 16))
        return languages.indices.contains(language) ? languages[language] : "en"
    }

    func documentArticle(_ document: Int) throws(SearchIndexError) -> Int {
        Int(try section(.documents).u32(document * IndexFormat.documentRecordSize))
    }

    func documentKind(_ document: Int) throws(SearchIndexError) -> SearchDocumentKind {
        try section(.documents).u8(document * IndexFormat.documentRecordSize + 4) == 0 ? .faq : .section
    }

    /// Field lengths in words, in `SearchField` order.
    @inline(__always)
    func fieldLength(_ document: Int, _ field: Int) throws(SearchIndexError) -> Int {
        Int(try section(.documents).u16(document * IndexFormat.documentRecordSize + 8 + 2 * field))
    }

    func text(of document: Int) throws(SearchIndexError) -> DocumentText {
        let table = section(.documents), at = document * IndexFormat.documentRecordSize
        let offset = Int(try table.u32(at + 16)), length = Int(try table.u32(at + 20))
        let record = try section(.texts).slice(offset, length)
        guard Checksum.short(record.buffer) == (try table.u32(at + 24)) else { throw .corrupt("text of document \(document)") }
        var cursor = 0
        return DocumentText(anchor: try record.string(&cursor), title: try record.string(&cursor), body: try record.string(&cursor))
    }

    func termString(_ term: Int) throws(SearchIndexError) -> ByteView {
        try string(reference: term * IndexFormat.termRecordSize, in: section(.terms))
    }

    func term(_ term: Int) throws(SearchIndexError) -> TermRecord {
        let table = section(.terms), at = term * IndexFormat.termRecordSize
        return TermRecord(documentFrequency: Int(try table.u32(at + 8)), postingsOffset: Int(try table.u32(at + 12)),
                          postingsLength: Int(try table.u32(at + 16)), checksum: try table.u32(at + 20))
    }

    /// The term whose stem is exactly `stem`, by binary search.
    func termIndex(stem: String) throws(SearchIndexError) -> Int? {
        let wanted = Array(stem.utf8)
        var low = 0, high = termCount
        while low < high {
            let middle = (low + high) / 2
            let order = try termString(middle).compare(wanted)
            if order == 0 { return middle }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    func surfaceString(_ surface: Int) throws(SearchIndexError) -> ByteView {
        try string(reference: surface * IndexFormat.surfaceRecordSize, in: section(.surfaces))
    }

    func surfaceTerm(_ surface: Int) throws(SearchIndexError) -> Int {
        Int(try section(.surfaces).u32(surface * IndexFormat.surfaceRecordSize + 8))
    }

    /// The first surface not ordered before `word` (binary search).
    func surfaceLowerBound(_ word: [UInt8]) throws(SearchIndexError) -> Int {
        var low = 0, high = surfaceCount
        while low < high {
            let middle = (low + high) / 2
            if try surfaceString(middle).compare(word) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The postings bytes of `term`, verified against their checksum.
    func postings(of term: Int) throws(SearchIndexError) -> ByteView {
        let record = try self.term(term)
        let postings = try section(.postings).slice(record.postingsOffset, record.postingsLength)
        guard Checksum.short(postings.buffer) == record.checksum else { throw .corrupt("postings of term \(term)") }
        return postings
    }

    /// The document table; its size was checked on open to be `documentCount` records, so a
    /// document number below `documentCount` can be read without further bounds checks.
    var documentTable: UnsafeRawPointer { section(.documents).base }
}
