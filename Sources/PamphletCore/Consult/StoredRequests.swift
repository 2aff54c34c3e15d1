#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The requests file as read for staff: the requests Pamphlet understands,
/// with the status their latest status change gave them, and where the
/// entries it cannot read are (kept in the file, untouched).
public struct StoredRequests: Sendable, Equatable {
    /// In the order they were saved.
    public var requests: [ConsultRequest]
    /// Every request entry as stored (status updated as for `requests`),
    /// including fields added by other tools and entries that are not requests.
    /// Empty when loaded with `keepingEntries: false`.
    public var entries: [JSONValue]
    /// Where the unreadable entries are: journal line numbers (version 2) or
    /// 1-based list positions (a version 1 file not yet converted).
    public var unreadableEntries: [Int]
    /// The file format version read (1 or 2); nil when there is no file yet.
    public var version: Int?
    /// Each request's status changes, oldest first.
    public var history: [UUID: [StatusChange]]
    /// Requests whose stored entry says `"urgent": true` (set when the message has crisis language).
    public var urgentIDs: Set<UUID> = []
    /// Each request's latest delivery record (DeliveryRecord.swift); none means pending.
    public var deliveries: [UUID: DeliveryRecord] = [:]
    /// Each request's position in `entries`.
    var entryPositions: [UUID: Int] = [:]

    public init(requests: [ConsultRequest] = [], entries: [JSONValue] = [], unreadableEntries: [Int] = [],
                version: Int? = nil, history: [UUID: [StatusChange]] = [:]) {
        self.requests = requests
        self.entries = entries
        self.unreadableEntries = unreadableEntries
        self.version = version
        self.history = history
    }

    /// "lines 3, 7" or "entries 2": how to name the unreadable entries to staff.
    public var unreadableWhere: String {
        let positions = unreadableEntries.map(String.init).joined(separator: ", ")
        let noun = version == 1 ? "entr" + (unreadableEntries.count == 1 ? "y" : "ies") : "line" + (unreadableEntries.count == 1 ? "" : "s")
        return "\(noun) \(positions)"
    }
}

extension ConsultStore {
    /// Reads the file without locking: a save only appends, so a reader sees
    /// every complete line; a last line still being written is not yet a
    /// request and is skipped (a save sets it aside if it was cut short). A
    /// missing file is an empty list; one that is not a requests file is an
    /// error (only a save moves it aside).
    ///
    /// `keepingEntries: false` leaves `entries` empty, for callers that show only
    /// the requests (the staff table): keeping 50,000 parsed entries cost a fifth
    /// of `requests list`'s time and most of its memory.
    public func load(keepingEntries: Bool = true) throws(ConsultStoreError) -> StoredRequests {
        let bytes: [UInt8]?
        do { bytes = try DurableFile.privateContents(of: path) } catch { throw .fileSystem(error) }
        guard let bytes, !bytes.isEmpty else { return StoredRequests() }
        return try Self.read(bytes, path: path, keepingEntries: keepingEntries)
    }

    static func read(_ bytes: [UInt8], path: String, keepingEntries: Bool = true) throws(ConsultStoreError) -> StoredRequests {
        let firstEnd = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
        switch RequestsJournal.header(of: bytes[..<firstEnd]) {
        case .journal: return JournalReading.read(bytes, keepingEntries: keepingEntries)
        case .newer(let version): throw .newerVersion(path: path, version: version)
        case .other: break
        }
        do throws(ConsultRequestsDocument.Problem) {
            return JournalReading.read(version1: try ConsultRequestsDocument.parse(bytes))
        } catch {
            switch error {
            case .newerVersion(let version): throw .newerVersion(path: path, version: version)
            case .unreadable(let reason): throw .unreadable(path: path, reason: reason)
            }
        }
    }
}

/// Folds the journal's lines into requests.
enum JournalReading {
    static func read(_ bytes: [UInt8], keepingEntries: Bool = true) -> StoredRequests {
        var reading = Fold(keepsEntries: keepingEntries)
        var lineStart = 0
        var lineNumber = 0
        bytes.withUnsafeBufferPointer { buffer in
            while lineStart < buffer.count {
                lineNumber += 1
                // A last line without its line end is still being written, or was cut short.
                guard let end = buffer[lineStart...].firstIndex(of: 0x0A) else { break }
                if lineNumber > 1, end > lineStart {
                    reading.add(line: UnsafeBufferPointer(rebasing: buffer[lineStart..<end]), number: lineNumber)
                }
                lineStart = end + 1
            }
        }
        reading.stored.version = RequestsJournal.version
        return reading.stored
    }

    static func read(version1 document: ConsultRequestsDocument) -> StoredRequests {
        var reading = Fold(keepsEntries: true)
        for (index, entry) in document.requests.enumerated() {
            reading.addRequest(entry, position: index + 1)
        }
        reading.stored.unreadableEntries += document.unreadable.map(\.position)
        reading.stored.unreadableEntries.sort()
        reading.stored.version = 1
        return reading.stored
    }

    private struct Fold {
        let keepsEntries: Bool
        var stored = StoredRequests()
        /// Request id -> its index in `stored.requests`, and in `stored.entries` (nil when not kept).
        var positions: [UUID: (request: Int, entry: Int?)] = [:]

        mutating func add(line: UnsafeBufferPointer<UInt8>, number: Int) {
            guard let value = try? JSONParser.parse(line) else {
                stored.unreadableEntries.append(number)
                return
            }
            switch value["event"]?.stringValue.flatMap(RequestsJournal.Event.init(rawValue:)) {
            case .request?:
                guard let request = value["request"] else {
                    stored.unreadableEntries.append(number)
                    return
                }
                addRequest(request, position: number)
            case .status?:
                guard let change = StatusChange(event: value) else {
                    stored.unreadableEntries.append(number)
                    return
                }
                apply(change)
            case .delivery?:
                guard let record = DeliveryRecord(event: value) else {
                    stored.unreadableEntries.append(number)
                    return
                }
                if let position = positions[record.id] { stored.apply(record, entry: position.entry) }
            case nil:
                // Another tool's or a later Pamphlet's event: kept in the file, not ours to read.
                break
            }
        }

        mutating func addRequest(_ entry: JSONValue, position: Int) {
            if keepsEntries { stored.entries.append(entry) }
            guard let request = ConsultRequest(entry: entry) else {
                stored.unreadableEntries.append(position)
                return
            }
            if positions[request.id] == nil {
                let entryIndex = keepsEntries ? stored.entries.count - 1 : nil
                positions[request.id] = (stored.requests.count, entryIndex)
                stored.entryPositions[request.id] = entryIndex
            }
            if entry["urgent"] == .bool(true) { stored.urgentIDs.insert(request.id) }
            stored.requests.append(request)
        }

        mutating func apply(_ change: StatusChange) {
            // A change for a request no longer in the file (purged) has nothing to change.
            guard let position = positions[change.id] else { return }
            stored.requests[position.request].status = change.status
            if let entry = position.entry { stored.entries[entry].set("status", to: .string(change.status)) }
            stored.history[change.id, default: []].append(change)
        }
    }
}

extension StoredRequests {
    /// A version 1 requests document with every entry as stored, for `requests export --format json`.
    public func documentJSON() -> [UInt8] {
        ConsultRequestsDocument.encoded(requests: entries)
    }

    /// Every entry as stored, as a JSON array, for `requests list --json`.
    public func entriesJSON() -> [UInt8] {
        JSONWriter.pretty(.array(entries)) + [0x0A]
    }

    /// The stored entries of `requests` only, as a JSON array (`requests list --json --status …`).
    public func entriesJSON(for requests: [ConsultRequest]) -> [UInt8] {
        JSONWriter.pretty(.array(requests.compactMap { entryPositions[$0.id].map { entries[$0] } })) + [0x0A]
    }
}
