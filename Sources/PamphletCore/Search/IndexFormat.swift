/// The on-disk layout of a search index (one file, little-endian, version `IndexFormat.version`).
///
///     header (32 bytes)
///       magic "PMPHLTIX" | version u32 | section count u32 | source fingerprint u64 | file length u64
///     directory: per section, offset u64 | length u64 | checksum u64; then a checksum u64
///       of the header and the directory entries
///     sections, in this order:
///       meta       document, article, term and surface counts (u32 each), average length of
///                  each field (4 x f32), language count u32 and the language codes (varint strings)
///       articles   per article (40 bytes): id and title as string references (offset u32 and
///                  length u32 into `strings`) | language index u32 | first document u32
///                  (an article's documents are consecutive) | file name as a string reference
///                  (empty for in-memory builds) | XXH3-64 of the file's bytes when indexed
///       documents  per document (28 bytes): article u32 | kind u8 | 3 reserved | 4 field lengths
///                  in words (u16, saturated) | text offset u32 | text length u32 | text checksum u32
///       terms      per stem, sorted by bytes (24 bytes): string reference (8) | document frequency
///                  u32 | postings offset u32 | postings length u32 | postings checksum u32
///       surfaces   per folded word as written, sorted by bytes then term (12 bytes): string
///                  reference (8) | term u32. A word stemmed differently in two languages has two.
///       strings    UTF-8 bytes referenced above
///       postings   per term: per document in increasing order, varint gap from the previous
///                  document, a field mask u8, then a varint count for each field in the mask
///       texts      per document: varint-prefixed anchor, title and body, for snippets and answers
///
/// Loading maps the file and verifies the header, the directory and the six small sections
/// (a few megabytes for 10,000 articles). Postings and texts are large and read sparsely:
/// each record is verified against the checksum in its (already verified) table entry the
/// first time a query touches it. A mismatch anywhere raises `SearchIndexError.corrupt`.
enum IndexFormat {
    static let magic: [UInt8] = Array("PMPHLTIX".utf8)
    static let version: UInt32 = 4
    static let headerSize = 32
    static let directoryEntrySize = 24
    static let sectionCount = 8

    enum Section: Int, CaseIterable {
        case meta, articles, documents, terms, surfaces, strings, postings, texts

        /// Sections verified as a whole when the index is opened.
        var verifiedOnOpen: Bool { self != .postings && self != .texts }
    }

    static let articleRecordSize = 40
    static let documentRecordSize = 28
    static let termRecordSize = 24
    static let surfaceRecordSize = 12
    static let fieldCount = SearchField.allCases.count

    static var directorySize: Int { sectionCount * directoryEntrySize + 8 }
    static var dataStart: Int { headerSize + directorySize }
}

/// A search index file that cannot be used; the cache rebuilds it.
public enum SearchIndexError: Error, Sendable, Equatable, CustomStringConvertible {
    case corrupt(String)
    case wrongVersion(UInt32)
    /// An article file behind a result is not the one indexed (edited, replaced or gone).
    case articleChanged(String)

    public var description: String {
        switch self {
        case .corrupt(let detail): "search index is damaged: \(detail)"
        case .wrongVersion(let version): "search index has format version \(version), expected \(IndexFormat.version)"
        case .articleChanged(let file): "search index is out of date: \(file) changed since it was built"
        }
    }
}
