/// The frame of a small cache file compiled from one source file (the crisis phrases, the
/// lexicon): what it is, its format version, the XXH3 of the text it was compiled from,
/// and its body with the body's own XXH3, so that an edit of the source, a new format or
/// damage each make it compiled again.
///
///     magic (8 bytes) | version u32 | XXH3 of the source text u64 | body length u64 |
///     XXH3 of the body u64 | body
enum StampedCacheFile {
    private static let headerSize = 8 + 4 + 8 + 8 + 8

    static func framed(_ body: ByteWriter, magic: [UInt8], version: UInt32, sourceHash: UInt64) -> [UInt8] {
        var file = ByteWriter()
        file.raw(magic)
        file.u32(version)
        file.u64(sourceHash)
        file.u64(UInt64(body.count))
        file.u64(Checksum.of(body.bytes))
        file.raw(body.bytes)
        return file.bytes
    }

    /// The body, if `bytes` is such a file, of this version, compiled from text with `sourceHash`.
    static func body(of bytes: UnsafeRawBufferPointer, magic: [UInt8], version: UInt32,
                     sourceHash: UInt64) throws(SearchIndexError) -> ByteView {
        let view = ByteView(bytes)
        try view.check(0, headerSize)
        guard Array(bytes[0..<8]) == magic else { throw .corrupt("not this kind of cache file") }
        let found = try view.u32(8)
        guard found == version else { throw .wrongVersion(found) }
        guard try view.u64(12) == sourceHash else { throw .corrupt("compiled from another text") }
        let bodyLength = try view.u64(20)
        guard bodyLength == UInt64(view.count - headerSize) else { throw .corrupt("length") }
        let body = try view.slice(headerSize, Int(bodyLength))
        guard Checksum.of(body) == (try view.u64(28)) else { throw .corrupt("checksum") }
        return body
    }
}

extension ByteView {
    /// A varint count no larger than the bytes left after it, so that damage cannot ask
    /// for a huge array.
    func boundedCount(_ offset: inout Int) throws(SearchIndexError) -> Int {
        let value = try varint(&offset)
        guard value <= UInt64(count - offset) else { throw .corrupt("count") }
        return Int(value)
    }
}
