/// A fast 64-bit checksum that catches damaged or truncated cache sections.
///
/// Not cryptographic: the cache is the user's own file, the threat is a torn write or a
/// flipped bit. Reads 8 bytes at a time (multiply-rotate, as in xxHash) so verifying the
/// few megabytes read at start-up stays well under a millisecond per megabyte.
enum Checksum {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = prime2 &+ UInt64(bytes.count)
        var offset = 0
        let count = bytes.count
        if let base = bytes.baseAddress {
            while offset + 8 <= count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                hash ^= rotate(word &* prime2, 31) &* prime1
                hash = rotate(hash, 27) &* prime1 &+ prime2
                offset += 8
            }
            while offset < count {
                hash ^= UInt64(base.load(fromByteOffset: offset, as: UInt8.self)) &* prime1
                hash = rotate(hash, 11) &* prime2
                offset += 1
            }
        }
        hash ^= hash >> 33
        hash = hash &* prime2
        hash ^= hash >> 29
        return hash
    }

    static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { of($0) } }

    static func of(_ view: ByteView) -> UInt64 { of(view.buffer) }

    /// The low 32 bits, for per-record checks stored in tables.
    static func short(_ bytes: UnsafeRawBufferPointer) -> UInt32 { UInt32(truncatingIfNeeded: of(bytes)) }

    @inline(__always)
    private static func rotate(_ value: UInt64, _ amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }
}
