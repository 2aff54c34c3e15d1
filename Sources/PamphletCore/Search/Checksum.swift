import CXXHash

/// A fast 64-bit checksum that catches damaged or truncated cache sections,
/// and keys cache files: XXH3-64 (seed 0) from Debian's libxxhash, so the
/// values are the reference implementation's (`xxhsum -H3` prints the same).
///
/// Not cryptographic: it finds torn writes and flipped bits, not forgery. A
/// forged cache is kept out by where the cache lives and who owns it
/// (`SearchIndexCache`), not by this checksum.
enum Checksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        XXH3_64bits(bytes.baseAddress, bytes.count)
    }

    static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { of($0) } }

    static func of(_ view: ByteView) -> UInt64 { of(view.buffer) }

    /// The low 32 bits, for per-record checks stored in tables.
    static func short(_ bytes: UnsafeRawBufferPointer) -> UInt32 { UInt32(truncatingIfNeeded: of(bytes)) }
}
