#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ConsultStore {
    /// Appends a delivery record under the store's lock, fsynced like a save. Its cost does
    /// not depend on how many requests are stored: one line appended, and the references
    /// index kept current by looking only at its last record.
    public func record(_ delivery: DeliveryRecord) throws(ConsultStoreError) {
        var report = SaveReport(reference: "", id: delivery.id, leftoversRemoved: 0)
        let outcome: Result<Void, ConsultStoreError>
        do {
            outcome = try withJournal(report: &report) { journal throws(FileSystemError) in
                let covered = references.covers(journalSize: try journal.size)
                try journal.append(delivery.line)
                if covered { try? references.record(nil, journalSize: try journal.size) }
            }
        } catch {
            throw .fileSystem(error)
        }
        try outcome.get()
    }

    /// The lock a sender holds for its whole run, so that two senders never POST at
    /// once; separate from the store's lock, which saves take, so a slow server never
    /// keeps a patient's save waiting.
    public var sendLockPath: String { path + ".send.lock" }
}

extension ReferenceIndex {
    /// Whether the index's last record ends where the journal ends, read from that record
    /// alone (16 bytes), unlike `load`, which reads the whole index.
    func covers(journalSize: Int) -> Bool {
        // Opened and checked (ours, a regular file) as every data file is; any doubt: not covered.
        guard let fd = try? FileOwnership.openForReading(path) else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size >= Self.recordSize,
              Int(info.st_size) % Self.recordSize == 0 else { return false }
        var covered: UInt64 = 0
        let got = withUnsafeMutableBytes(of: &covered) { pread(fd, $0.baseAddress, 8, off_t(info.st_size) - 8) }
        return got == 8 && UInt64(littleEndian: covered) == UInt64(journalSize)
    }
}
