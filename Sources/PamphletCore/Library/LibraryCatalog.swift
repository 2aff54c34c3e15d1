/// The entries of a library (`ArticleEntry`) and the files that failed to load, stamped
/// with the library's fingerprint: what a start needs to list 10,000 articles without
/// parsing one. Kept beside the search index (`LibraryCatalogCache`).
///
///     magic "PMPHLCAT" | version u32 | fingerprint u64 | entry count u32 |
///     diagnostic count u32 | body length u64 | XXH3-64 of the body | body
///     body: per entry: id, file name, title, summary?, language (strings), sections,
///           FAQs, minutes (varints), crisis?; per diagnostic: file name, line (varint),
///           level (u8), message. Strings are varint-length-prefixed UTF-8; an optional
///           string is a u8 flag (0 absent, 1 present) and the string.
///
/// Diagnostics keep only the file's name, so that the catalog reads the same whichever
/// path the library was opened by (`Articles`, `./Articles`, its real path).
struct LibraryCatalog: Equatable {
    static let magic: [UInt8] = Array("PMPHLCAT".utf8)
    /// 2: sections are counted without the FAQ's questions.
    static let version: UInt32 = 2
    private static let headerSize = 8 + 4 + 8 + 4 + 4 + 8 + 8

    var fingerprint: UInt64
    var entries: [ArticleEntry]
    /// File name (not path) and finding of each file that failed to load.
    var diagnostics: [Diagnostic]

    init(fingerprint: UInt64, entries: [ArticleEntry], diagnostics: [Diagnostic]) {
        self.fingerprint = fingerprint
        self.entries = entries
        self.diagnostics = diagnostics
    }

    /// The catalog of a loaded library, its diagnostics' paths cut to file names.
    init(fingerprint: UInt64, library: Library) {
        self.init(fingerprint: fingerprint, entries: library.entries, diagnostics: library.diagnostics.map { finding in
            var named = finding
            named.path = FilePath.name(of: finding.path)
            return named
        })
    }

    /// The library these entries list, its diagnostics' paths inside `directory` again.
    func library(directory: String) -> Library {
        Library(directory: directory, entries: entries, diagnostics: diagnostics.map { finding in
            var placed = finding
            placed.path = FilePath.join(directory, finding.path)
            return placed
        })
    }

    func encoded() -> [UInt8] {
        var body = ByteWriter()
        for entry in entries {
            body.string(entry.id)
            body.string(entry.fileName)
            body.string(entry.title)
            body.optionalString(entry.summary)
            body.string(entry.language)
            body.varint(UInt64(entry.sections))
            body.varint(UInt64(entry.faqs))
            body.varint(UInt64(entry.minutes))
            body.optionalString(entry.crisis)
        }
        for finding in diagnostics {
            body.string(finding.path)
            body.varint(UInt64(max(0, finding.line)))
            body.u8(Self.levels.firstIndex(of: finding.level).map(UInt8.init) ?? 0)
            body.string(finding.message)
        }
        var file = ByteWriter()
        file.raw(Self.magic)
        file.u32(Self.version)
        file.u64(fingerprint)
        file.u32(UInt32(entries.count))
        file.u32(UInt32(diagnostics.count))
        file.u64(UInt64(body.count))
        file.u64(Checksum.of(body.bytes))
        file.raw(body.bytes)
        return file.bytes
    }

    /// The catalog in `bytes`; throws on any damage (wrong magic or version, a bad
    /// checksum, a read past the end), so that a damaged file is rebuilt, never shown.
    init(decoding bytes: UnsafeRawBufferPointer) throws(SearchIndexError) {
        let view = ByteView(bytes)
        try view.check(0, Self.headerSize)
        guard Array(bytes[0..<8]) == Self.magic else { throw .corrupt("not a library catalog") }
        let version = try view.u32(8)
        guard version == Self.version else { throw .wrongVersion(version) }
        fingerprint = try view.u64(12)
        let entryCount = Int(try view.u32(20))
        let diagnosticCount = Int(try view.u32(24))
        let bodyLength = try view.u64(28)
        guard bodyLength == UInt64(view.count - Self.headerSize) else { throw .corrupt("catalog length") }
        let body = try view.slice(Self.headerSize, Int(bodyLength))
        guard Checksum.of(body) == (try view.u64(36)) else { throw .corrupt("catalog checksum") }
        // Each entry takes at least 9 bytes, each finding 4: counts beyond that are damage.
        guard entryCount <= body.count / 9, diagnosticCount <= body.count / 4 else { throw .corrupt("catalog counts") }
        var offset = 0
        var entries: [ArticleEntry] = []
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            entries.append(ArticleEntry(
                id: try body.string(&offset), fileName: try body.string(&offset), title: try body.string(&offset),
                summary: try body.optionalString(&offset), language: try body.string(&offset),
                sections: try body.count(&offset), faqs: try body.count(&offset), minutes: try body.count(&offset),
                crisis: try body.optionalString(&offset)))
        }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<diagnosticCount {
            let path = try body.string(&offset)
            let line = try body.count(&offset)
            let level = Int(try body.u8(offset))
            offset += 1
            guard Self.levels.indices.contains(level) else { throw .corrupt("catalog finding level") }
            diagnostics.append(Diagnostic(path: path, line: line, level: Self.levels[level], message: try body.string(&offset)))
        }
        guard offset == body.count else { throw .corrupt("catalog trailing bytes") }
        self.entries = entries
        self.diagnostics = diagnostics
    }

    private static let levels: [Diagnostic.Level] = [.error, .warning, .note]
}

private extension ByteWriter {
    mutating func optionalString(_ text: String?) {
        if let text {
            u8(1)
            string(text)
        } else {
            u8(0)
        }
    }
}

private extension ByteView {
    func optionalString(_ offset: inout Int) throws(SearchIndexError) -> String? {
        let flag = try u8(offset)
        offset += 1
        switch flag {
        case 0: return nil
        case 1: return try string(&offset)
        default: throw .corrupt("catalog optional flag \(flag) at \(offset - 1)")
        }
    }

    /// A varint that must fit a count.
    func count(_ offset: inout Int) throws(SearchIndexError) -> Int {
        let value = try varint(&offset)
        guard value <= UInt64(Int32.max) else { throw .corrupt("catalog count \(value)") }
        return Int(value)
    }
}
