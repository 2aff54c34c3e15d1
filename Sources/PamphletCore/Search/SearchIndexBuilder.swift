/// Builds the bytes of a search index from articles, one article at a time.
///
/// Not `Sendable`: it owns libstemmer stemmers. Use one builder per build.
public struct SearchIndexBuilder {
    private struct ArticleEntry {
        var id: String; var title: String; var language: Int; var firstDocument: Int; var source: ArticleSource?
    }
    private struct DocumentEntry { var article: Int; var kind: SearchDocumentKind; var fieldLengths: [Int]; var text: [UInt8] }
    private struct TermEntry { var postings = ByteWriter(); var lastDocument = -1; var documentFrequency = 0 }

    private var articles: [ArticleEntry] = []
    private var documents: [DocumentEntry] = []
    private var languages: [String] = []
    private var termIDs: [String: Int] = [:]
    private var terms: [TermEntry] = []
    private var termStrings: [String] = []
    private var surfaces: [String: Set<Int>] = [:]
    private let stemmers = StemmerSet()

    public init() {}

    public var articleCount: Int { articles.count }

    /// Adds an article; `source` names the file it was read from and the hash of those
    /// bytes, so a search can tell when the file has changed since (nil: not checked).
    public mutating func add(_ article: Article, source: ArticleSource? = nil) {
        let language = Stemmer.baseLanguage(article.meta.language)
        let languageIndex = languages.firstIndex(of: language) ?? {
            languages.append(language)
            return languages.count - 1
        }()
        let stemmer = stemmers.stemmer(for: language)
        articles.append(ArticleEntry(id: article.id, title: article.title, language: languageIndex,
                                     firstDocument: documents.count, source: source))
        for document in SearchDocument.documents(of: article) {
            add(document, article: articles.count - 1, stemmer: stemmer)
        }
    }

    private mutating func add(_ document: SearchDocument, article: Int, stemmer: Stemmer) {
        let documentID = documents.count
        var counts: [Int: [Int]] = [:]   // term -> count per field
        var fieldLengths: [Int] = []
        for field in SearchField.allCases {
            let tokens = Tokenizer.tokens(in: document.text(of: field))
            fieldLengths.append(tokens.count)
            for token in tokens {
                let term = termID(for: stemmer.stem(token.text))
                surfaces[token.text, default: []].insert(term)
                counts[term, default: Array(repeating: 0, count: IndexFormat.fieldCount)][field.rawValue] += 1
            }
        }
        for (term, fieldCounts) in counts.sorted(by: { $0.key < $1.key }) {
            appendPosting(term: term, document: documentID, fieldCounts: fieldCounts)
        }
        var text = ByteWriter()
        text.string(document.anchor)
        text.string(document.title)
        text.string(document.body)
        documents.append(DocumentEntry(article: article, kind: document.kind, fieldLengths: fieldLengths, text: text.bytes))
    }

    private mutating func termID(for stem: String) -> Int {
        if let existing = termIDs[stem] { return existing }
        termIDs[stem] = terms.count
        terms.append(TermEntry())
        termStrings.append(stem)
        return terms.count - 1
    }

    private mutating func appendPosting(term: Int, document: Int, fieldCounts: [Int]) {
        var entry = terms[term]
        terms[term] = TermEntry()   // keep the postings buffer uniquely referenced while appending
        entry.postings.varint(UInt64(document - max(entry.lastDocument, 0)))
        var mask: UInt8 = 0
        for (field, count) in fieldCounts.enumerated() where count > 0 { mask |= 1 << UInt8(field) }
        entry.postings.u8(mask)
        for count in fieldCounts where count > 0 { entry.postings.varint(UInt64(count)) }
        entry.lastDocument = document
        entry.documentFrequency += 1
        terms[term] = entry
    }

    /// The finished index; `fingerprint` identifies the library files it was built from.
    public func build(fingerprint: UInt64 = 0) -> SearchIndex {
        SearchIndex(bytes: serialize(fingerprint: fingerprint))
    }

    func serialize(fingerprint: UInt64) -> [UInt8] {
        var strings = ByteWriter()
        func reference(_ text: String, into writer: inout ByteWriter) {
            writer.u32(UInt32(strings.count))
            writer.u32(UInt32(text.utf8.count))
            strings.raw(text.utf8)
        }
        var sections = Array(repeating: ByteWriter(), count: IndexFormat.sectionCount)

        // Terms sorted by bytes; postings are written in that order too.
        let termOrder = termStrings.indices.sorted { termStrings[$0].utf8.lexicographicallyPrecedes(termStrings[$1].utf8) }
        var sortedPosition = Array(repeating: 0, count: termOrder.count)
        for (position, term) in termOrder.enumerated() { sortedPosition[term] = position }

        var meta = ByteWriter()
        meta.u32(UInt32(documents.count))
        meta.u32(UInt32(articles.count))
        meta.u32(UInt32(terms.count))
        let surfaceEntries = surfaces.flatMap { word, ids in ids.map { (word, sortedPosition[$0]) } }
            .sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        meta.u32(UInt32(surfaceEntries.count))
        for field in SearchField.allCases {
            let lengths = documents.map { $0.fieldLengths[field.rawValue] }.filter { $0 > 0 }
            meta.f32(lengths.isEmpty ? 1 : Float(lengths.reduce(0, +)) / Float(lengths.count))
        }
        meta.u32(UInt32(languages.count))
        for language in languages { meta.string(language) }
        sections[IndexFormat.Section.meta.rawValue] = meta

        var articleTable = ByteWriter()
        for article in articles {
            reference(article.id, into: &articleTable)
            reference(article.title, into: &articleTable)
            articleTable.u32(UInt32(article.language))
            articleTable.u32(UInt32(article.firstDocument))
            reference(article.source?.fileName ?? "", into: &articleTable)
            articleTable.u64(article.source?.contentHash ?? 0)
        }
        sections[IndexFormat.Section.articles.rawValue] = articleTable

        var documentTable = ByteWriter()
        var texts = ByteWriter()
        for document in documents {
            documentTable.u32(UInt32(document.article))
            documentTable.u8(document.kind == .faq ? 0 : 1)
            documentTable.raw([0, 0, 0])
            for length in document.fieldLengths { documentTable.u16(UInt16(min(length, Int(UInt16.max)))) }
            documentTable.u32(UInt32(texts.count))
            documentTable.u32(UInt32(document.text.count))
            documentTable.u32(document.text.withUnsafeBytes { Checksum.short($0) })
            texts.raw(document.text)
        }
        sections[IndexFormat.Section.documents.rawValue] = documentTable

        var termTable = ByteWriter()
        var postings = ByteWriter()
        for term in termOrder {
            let entry = terms[term]
            reference(termStrings[term], into: &termTable)
            termTable.u32(UInt32(entry.documentFrequency))
            termTable.u32(UInt32(postings.count))
            termTable.u32(UInt32(entry.postings.count))
            termTable.u32(entry.postings.bytes.withUnsafeBytes { Checksum.short($0) })
            postings.raw(entry.postings.bytes)
        }
        sections[IndexFormat.Section.terms.rawValue] = termTable

        var surfaceTable = ByteWriter()
        for (word, term) in surfaceEntries {
            reference(word, into: &surfaceTable)
            surfaceTable.u32(UInt32(term))
        }
        sections[IndexFormat.Section.surfaces.rawValue] = surfaceTable
        sections[IndexFormat.Section.strings.rawValue] = strings
        sections[IndexFormat.Section.postings.rawValue] = postings
        sections[IndexFormat.Section.texts.rawValue] = texts

        return IndexFormat.assemble(sections: sections.map(\.bytes), fingerprint: fingerprint)
    }
}

extension IndexFormat {
    /// Header, directory (with checksums) and the sections, 8-byte aligned.
    static func assemble(sections: [[UInt8]], fingerprint: UInt64) -> [UInt8] {
        var file = ByteWriter()
        file.raw(magic)
        file.u32(version)
        file.u32(UInt32(sectionCount))
        file.u64(fingerprint)
        file.u64(0)   // file length, patched below
        let directoryOffset = file.count
        file.raw(Array(repeating: 0, count: directorySize))
        var entries: [(offset: Int, length: Int, checksum: UInt64)] = []
        for section in sections {
            file.padToMultiple(of: 8)
            entries.append((file.count, section.count, Checksum.of(section)))
            file.raw(section)
        }
        file.patchU64(UInt64(file.count), at: 24)
        for (index, entry) in entries.enumerated() {
            let at = directoryOffset + index * directoryEntrySize
            file.patchU64(UInt64(entry.offset), at: at)
            file.patchU64(UInt64(entry.length), at: at + 8)
            file.patchU64(entry.checksum, at: at + 16)
        }
        let checksumOffset = directoryOffset + sectionCount * directoryEntrySize
        let checksum = Checksum.of(Array(file.bytes[0..<checksumOffset]))
        file.patchU64(checksum, at: checksumOffset)
        return file.bytes
    }
}
