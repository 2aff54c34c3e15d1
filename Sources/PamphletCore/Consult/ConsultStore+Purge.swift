#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ConsultStore {
    /// Removes for good the requests that are closed and whose last status change
    /// was before `date`, with their status events: the only rewrite of the journal.
    ///
    /// Under the lock, every other line is copied as it is (unknown events, lines
    /// that cannot be read, other tools' fields), to a temp file that is fsynced and
    /// renamed over the journal (`DurableFile`), so a crash leaves the old journal or
    /// the new one, whole. Returns the requests purged.
    public func purgeClosed(before date: Date) throws(ConsultStoreError) -> [ConsultRequest] {
        var report = SaveReport(reference: "", id: UUID(), leftoversRemoved: 0)
        var purged: [ConsultRequest] = []
        let outcome: Result<Void, ConsultStoreError>
        do {
            outcome = try withJournal(report: &report) { journal throws(FileSystemError) in
                let bytes = try journal.read(at: 0, count: try journal.size)
                let stored = JournalReading.read(bytes)
                purged = stored.requests.filter { request in
                    request.status == "closed" && (stored.history[request.id]?.last?.at ?? request.createdAt) < date
                }
                guard !purged.isEmpty else { return }
                let gone = Set(purged.map(\.id))
                var kept: [UInt8] = []
                kept.reserveCapacity(bytes.count)
                var start = 0
                while start < bytes.count {
                    let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
                    let line = bytes[start..<end]
                    if Self.lineConcerns(line, oneOf: gone) == false { kept += line }
                    start = end
                }
                try DurableFile.replace(path, with: kept)
                references.invalidate()
            }
        } catch {
            throw .fileSystem(error)
        }
        try outcome.get()
        return purged
    }

    /// True when the line is a request or status event of one of `ids`.
    private static func lineConcerns(_ line: ArraySlice<UInt8>, oneOf ids: Set<UUID>) -> Bool {
        let text = line.last == 0x0A ? line.dropLast() : line
        guard let value = try? JSONParser.parse(text) else { return false }
        let idText = value["event"]?.stringValue == RequestsJournal.Event.request.rawValue
            ? value["request"]?["id"]?.stringValue : value["id"]?.stringValue
        return idText.flatMap(UUID.init(uuidString:)).map(ids.contains) ?? false
    }
}
