/// Bounds-checked little-endian reads over index bytes that may be corrupt.
///
/// Every read checks its range and throws instead of trapping, so a damaged cache file
/// can only ever produce `SearchIndexError.corrupt`, never a crash. A view points into an
/// `IndexStorage`, which is immutable and outlives it (`SearchIndex` holds both); hence
/// `@unchecked Sendable`.
struct ByteView: @unchecked Sendable {
    let base: UnsafeRawPointer
    let count: Int

    init(_ buffer: UnsafeRawBufferPointer) {
        base = buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
        count = buffer.count
    }

    init(base: UnsafeRawPointer, count: Int) {
        self.base = base
        self.count = count
    }

    @inline(__always)
    func check(_ offset: Int, _ length: Int) throws(SearchIndexError) {
        guard offset >= 0, length >= 0, offset <= count - length else {
            throw .corrupt("read of \(length) bytes at \(offset) past the end (\(count))")
        }
    }

    func u8(_ offset: Int) throws(SearchIndexError) -> UInt8 {
        try check(offset, 1)
        return base.load(fromByteOffset: offset, as: UInt8.self)
    }

    func u16(_ offset: Int) throws(SearchIndexError) -> UInt16 {
        try check(offset, 2)
        return UInt16(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }

    func u32(_ offset: Int) throws(SearchIndexError) -> UInt32 {
        try check(offset, 4)
        return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    func u64(_ offset: Int) throws(SearchIndexError) -> UInt64 {
        try check(offset, 8)
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    func f32(_ offset: Int) throws(SearchIndexError) -> Float { Float(bitPattern: try u32(offset)) }

    /// A sub-view; `offset` and `length` must lie inside this view.
    func slice(_ offset: Int, _ length: Int) throws(SearchIndexError) -> ByteView {
        try check(offset, length)
        return ByteView(base: base + offset, count: length)
    }

    var buffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    func string() -> String { String(decoding: buffer, as: UTF8.self) }

    /// Reads a LEB128 varint at `offset`, advancing it.
    func varint(_ offset: inout Int) throws(SearchIndexError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try u8(offset)
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
            if shift > 63 { throw .corrupt("varint too long at \(offset)") }
        }
    }

    /// Reads a varint-length-prefixed string at `offset`, advancing it.
    func string(_ offset: inout Int) throws(SearchIndexError) -> String {
        let length = try varint(&offset)
        guard length <= UInt64(count) else { throw .corrupt("string length \(length) at \(offset)") }
        let view = try slice(offset, Int(length))
        offset += Int(length)
        return view.string()
    }

    func compare(_ other: [UInt8]) -> Int { other.withUnsafeBytes { compare($0) } }

    /// Byte-wise comparison with `other`, like `memcmp` then length.
    func compare(_ other: UnsafeRawBufferPointer) -> Int {
        let shared = min(count, other.count)
        for index in 0..<shared {
            let a = base.load(fromByteOffset: index, as: UInt8.self)
            let b = other[index]
            if a != b { return a < b ? -1 : 1 }
        }
        return count == other.count ? 0 : (count < other.count ? -1 : 1)
    }
}
