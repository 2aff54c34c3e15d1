#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The requests file, and the only code that writes it.
///
/// The file is a journal (`RequestsJournal`): each save takes the exclusive
/// lock on `<file>.lock` (waiting a few seconds at most), checks that the
/// folder and the file are this user's alone, appends one line and fsyncs it.
/// Nothing already written is rewritten, so a save costs the same at 100
/// requests as at 50,000, and a save killed at any instant leaves every
/// earlier line intact; a last line cut short is set aside by the next save.
public struct ConsultStore: Sendable {
    public static let fileName = "consult-requests.json"

    /// Path of the requests file.
    public let path: String
    /// True for the default location under the user's data folder, whose
    /// folder Pamphlet owns and narrows to 0700. A path the user chose keeps
    /// its folder's mode (a new folder is still created 0700), but a folder
    /// other users can write is refused either way.
    public let ownsDirectory: Bool
    /// How long a save waits for another process holding the lock.
    public var lockWait: Duration = ExclusiveFileLock.defaultWait

    public init(path: String, ownsDirectory: Bool = false) {
        self.path = path
        self.ownsDirectory = ownsDirectory
    }

    /// The file to use: `--requests` if given, else `$PAMPHLET_REQUESTS`, else
    /// `$XDG_DATA_HOME/pamphlet/consult-requests.json` (or under `~/.local/share`).
    public static func resolve(option: String?, environment: [String: String]) throws(UserDirectoriesError) -> ConsultStore {
        if let option, !option.isEmpty { return ConsultStore(path: option) }
        if let variable = environment["PAMPHLET_REQUESTS"], !variable.isEmpty { return ConsultStore(path: variable) }
        let directory = try UserDirectories(environment: environment).dataDirectory()
        return ConsultStore(path: FilePath.join(directory, fileName), ownsDirectory: true)
    }

    public var lockPath: String { path + ".lock" }
    var directory: String { FilePath.directory(of: path) }
    var references: ReferenceIndex { ReferenceIndex(journalPath: path) }

    /// What a save did besides saving, for the caller to tell the user.
    public struct SaveReport: Sendable, Equatable {
        /// The short reference to give the patient: unique among the stored requests.
        public var reference: String
        /// The request's id as saved (a new one was drawn if its reference was taken).
        public var id: UUID
        /// Set when the requests file could not be read and was moved aside
        /// before this save started a fresh one.
        public var quarantine: Quarantine?
        /// Set when this save converted a version 1 file to the journal.
        public var conversion: Conversion?
        /// Where a last line cut short by an earlier crash was set aside.
        public var tornLineSetAside: String?
        /// Temp files of earlier, interrupted rewrites that were removed.
        public var leftoversRemoved: Int
    }

    public struct Quarantine: Sendable, Equatable, CustomStringConvertible {
        public var originalPath: String
        public var movedTo: String
        public var reason: String

        public var description: String {
            "\(originalPath) could not be read (\(reason)), so it was moved to \(movedTo) "
                + "and a new requests file was started. Nothing in it was deleted."
        }
    }

    /// A version 1 file converted to the journal, its original kept.
    public struct Conversion: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var originalKeptAt: String
        public var requests: Int
        /// Entries of the old file that were not readable JSON, copied here (nil when none).
        public var unreadableSetAsideAt: String?

        public var description: String {
            var text = "\(path) was converted to the new requests format (\(requests) entries); "
                + "the original file is kept as \(originalKeptAt)."
            if let unreadableSetAsideAt {
                text += " Entries that could not be read were copied to \(unreadableSetAsideAt)."
            }
            return text
        }
    }

    /// Appends `request` durably. On any error the file is as it was, and
    /// the caller still has the request to try again.
    public func save(_ request: ConsultRequest) throws(ConsultStoreError) -> SaveReport {
        let outcome: Result<SaveReport, ConsultStoreError>
        do { outcome = try append(request) } catch { throw .fileSystem(error) }
        return try outcome.get()
    }

    /// Removes temp files of interrupted rewrites (conversion, purge). Saves do
    /// this themselves under the lock; this is for tools that want it done now.
    /// Does nothing (and creates nothing) when the folder does not exist yet.
    @discardableResult
    public func removeLeftovers() throws(ConsultStoreError) -> Int {
        guard DurableFile.exists(directory) else { return 0 }
        do {
            try FileOwnership.checkFolder(directory, what: "requests folder")
            let lock = try ExclusiveFileLock(path: lockPath, wait: lockWait)
            let removed = try DurableFile.removeLeftovers(for: path)
            _ = consume lock
            return removed
        } catch {
            throw .fileSystem(error)
        }
    }

    /// The save itself; a file from a newer Pamphlet is a refusal, not a failure.
    private func append(_ request: ConsultRequest) throws(FileSystemError) -> Result<SaveReport, ConsultStoreError> {
        var request = request
        var report = SaveReport(reference: request.reference, id: request.id, leftoversRemoved: 0)
        let prepared = try withJournal(report: &report) { journal throws(FileSystemError) in
            var taken = try referencesInUse(journal)
            // The reference is the id's first 32 bits; draw again until it is one no stored request has.
            taken.sort()
            while Self.contains(taken, request.referenceNumber) { request.id = UUID() }
            try journal.append(RequestsJournal.requestLine(request))
            try? references.record(request.referenceNumber, journalSize: try journal.size)
        }
        if case .failure(let refusal) = prepared { return .failure(refusal) }
        report.reference = request.reference
        report.id = request.id
        return .success(report)
    }

    /// Appends a status change for the request `id`.
    public func record(_ change: StatusChange) throws(ConsultStoreError) {
        var report = SaveReport(reference: "", id: change.id, leftoversRemoved: 0)
        let outcome: Result<Void, ConsultStoreError>
        do {
            outcome = try withJournal(report: &report) { journal throws(FileSystemError) in
                let before = try journal.size
                let covered = references.references(coveringJournalSize: before) != nil
                try journal.append(RequestsJournal.statusLine(change))
                // Keep the index current so the next save need not rebuild it.
                if covered { try? references.record(nil, journalSize: try journal.size) }
            }
        } catch {
            throw .fileSystem(error)
        }
        try outcome.get()
    }

    /// Runs `body` with the journal open for appending, under the lock: folder
    /// checked, leftovers removed, a version 1 file converted, a torn last line set aside.
    func withJournal(report: inout SaveReport, _ body: (borrowing AppendOnlyFile) throws(FileSystemError) -> Void)
        throws(FileSystemError) -> Result<Void, ConsultStoreError> {
        try PrivateFolder.ensure(directory, tighten: ownsDirectory)
        try FileOwnership.checkFolder(directory, what: "requests folder")
        let lock = try ExclusiveFileLock(path: lockPath, wait: lockWait)
        let outcome = try underLock(report: &report, body)
        _ = consume lock
        return outcome
    }

    private func underLock(report: inout SaveReport, _ body: (borrowing AppendOnlyFile) throws(FileSystemError) -> Void)
        throws(FileSystemError) -> Result<Void, ConsultStoreError> {
        // The references index is rewritten whole on a rebuild, so a kill can leave its temp file too.
        report.leftoversRemoved = try DurableFile.removeLeftovers(for: path)
            + DurableFile.removeLeftovers(for: references.path)
        let journal = try AppendOnlyFile(path: path)
        let header = try journal.size == 0 ? nil : (try journal.firstLine()).map(RequestsJournal.header(of:)) ?? .other
        if header == nil {
            try journal.append(RequestsJournal.headerLine)
        } else if header == .journal {
            if let tail = try journal.tornTail() {
                report.tornLineSetAside = try setAsideTornTail(journal, from: tail)
            }
        } else if case .newer(let version)? = header {
            return .failure(.newerVersion(path: path, version: version))
        } else {
            if case .failure(let refusal) = try convertOrMoveAside(report: &report) { return .failure(refusal) }
            let converted = try AppendOnlyFile(path: path)
            if try converted.size == 0 { try converted.append(RequestsJournal.headerLine) }
            try body(converted)
            return .success(())
        }
        try body(journal)
        return .success(())
    }

    /// The references of every stored request, from the index when it is current.
    private func referencesInUse(_ journal: borrowing AppendOnlyFile) throws(FileSystemError) -> [UInt32] {
        let size = try journal.size
        if let known = references.references(coveringJournalSize: size) { return known }
        let bytes = try DurableFile.privateContents(of: path) ?? []
        let numbers = JournalReading.read(bytes).requests.map(\.referenceNumber)
        try? references.rebuild(numbers, journalSize: size)
        return numbers
    }

    private static func contains(_ sorted: [UInt32], _ value: UInt32) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    /// Copies the cut-short last line to `<file>.torn-<time>` and cuts it off the journal.
    private func setAsideTornTail(_ journal: borrowing AppendOnlyFile, from offset: Int) throws(FileSystemError) -> String {
        let size = try journal.size
        let tail = try journal.read(at: offset, count: size - offset)
        let kept = uniqueName("\(path).torn-\(QuarantineName.timestamp())")
        try DurableFile.replace(kept, with: tail)
        try journal.truncate(to: offset)
        references.invalidate()
        return kept
    }

    /// The file is not a journal: a version 1 document is converted (original
    /// kept); anything else is moved aside whole, untouched.
    private func convertOrMoveAside(report: inout SaveReport) throws(FileSystemError) -> Result<Void, ConsultStoreError> {
        let bytes = try DurableFile.privateContents(of: path) ?? []
        let document: ConsultRequestsDocument
        do throws(ConsultRequestsDocument.Problem) {
            document = try ConsultRequestsDocument.parse(bytes)
        } catch {
            switch error {
            case .newerVersion(let version):
                return .failure(.newerVersion(path: path, version: version))
            case .unreadable(let reason):
                report.quarantine = Quarantine(originalPath: path, movedTo: try moveAside(), reason: reason)
                references.invalidate()
                return .success(())
            }
        }
        let original = uniqueName("\(path).version-1")
        try DurableFile.replace(original, with: bytes)
        var setAside: String?
        if !document.unreadable.isEmpty {
            let name = uniqueName("\(path).unreadable-\(QuarantineName.timestamp())")
            var text: [UInt8] = []
            for entry in document.unreadable {
                text += Array("// entry \(entry.position): \(entry.reason)\n".utf8) + entry.raw + [0x0A]
            }
            try DurableFile.replace(name, with: text)
            setAside = name
        }
        var journal = RequestsJournal.headerLine
        for entry in document.requests { journal += RequestsJournal.requestLine(raw: entry) }
        try DurableFile.replace(path, with: journal)
        references.invalidate()
        report.conversion = Conversion(path: path, originalKeptAt: original, requests: document.requests.count,
                                       unreadableSetAsideAt: setAside)
        return .success(())
    }

    /// Moves the unreadable file to `<file>.corrupt-<UTC timestamp>`; never over an earlier one.
    private func moveAside() throws(FileSystemError) -> String {
        let candidate = uniqueName("\(path).corrupt-\(QuarantineName.timestamp())")
        try DurableFile.move(path, to: candidate)
        return candidate
    }

    /// `base`, or `base-2`, `base-3`… when that name is taken.
    private func uniqueName(_ base: String) -> String {
        var candidate = base
        var attempt = 1
        while DurableFile.exists(candidate) {
            attempt += 1
            candidate = "\(base)-\(attempt)"
        }
        return candidate
    }
}
