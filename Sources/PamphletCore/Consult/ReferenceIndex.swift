#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The short references already given out, beside the journal
/// (`consult-requests.json.references`), so that a save can make its reference
/// unique without reading every request: 16 bytes a request, read whole in
/// well under a millisecond at 50,000 requests.
///
/// It is a cache of the journal, never the truth. Each record is
/// `[reference: UInt32][kind: UInt32][journal size after this save: UInt64]`,
/// little-endian, appended after the journal line is fsynced. The index is
/// trusted only if its last record ends where the journal now ends; a crash
/// between the two writes, a journal edited by another tool, or a damaged
/// index is noticed there and the index is rebuilt from the journal.
struct ReferenceIndex {
    static let recordSize = 16
    let path: String

    init(journalPath: String) {
        path = journalPath + ".references"
    }

    /// The references in use, when the index covers exactly `journalSize` bytes.
    func references(coveringJournalSize journalSize: Int) -> [UInt32]? {
        guard let bytes = try? DurableFile.privateContents(of: path), bytes.count % Self.recordSize == 0 else { return nil }
        if bytes.isEmpty { return nil }
        return bytes.withUnsafeBytes { raw -> [UInt32]? in
            let count = raw.count / Self.recordSize
            let covered = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: (count - 1) * Self.recordSize + 8, as: UInt64.self))
            guard covered == UInt64(journalSize) else { return nil }
            return (0..<count).compactMap { index in
                let offset = index * Self.recordSize
                guard UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)) == 1 else { return nil }
                return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            }
        }
    }

    /// Replaces the index with `references`, covering a journal of `journalSize` bytes.
    func rebuild(_ references: [UInt32], journalSize: Int) throws(FileSystemError) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(1, references.count) * Self.recordSize)
        for reference in references { Self.record(reference, kind: 1, journalSize: journalSize, into: &bytes) }
        // An empty journal still gets one record, so "covers nothing yet" is told from "missing".
        if references.isEmpty { Self.record(0, kind: 0, journalSize: journalSize, into: &bytes) }
        try DurableFile.replace(path, with: bytes)
    }

    /// Adds one record after a line was appended to the journal. Not fsynced:
    /// a record lost in a crash only makes the next save rebuild the index.
    func record(_ reference: UInt32?, journalSize: Int) throws(FileSystemError) {
        var bytes: [UInt8] = []
        Self.record(reference ?? 0, kind: reference == nil ? 0 : 1, journalSize: journalSize, into: &bytes)
        let fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .fromErrno(.write, path: path) }
        defer { close(fd) }
        try FileOwnership.checkFile(fd, path: path, action: .write)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written != bytes.count { throw .fromErrno(.write, path: path) }
    }

    /// Drops the index (after the journal was rewritten); the next save rebuilds it.
    func invalidate() {
        unlink(path)
    }

    private static func record(_ reference: UInt32, kind: UInt32, journalSize: Int, into bytes: inout [UInt8]) {
        withUnsafeBytes(of: reference.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: kind.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt64(journalSize).littleEndian) { bytes.append(contentsOf: $0) }
    }
}
