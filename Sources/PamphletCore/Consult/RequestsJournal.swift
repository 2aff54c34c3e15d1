#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The requests file, version 2: a journal in JSON Lines, one complete JSON
/// object per line, only ever appended to.
///
///     {"format":"pamphlet-consult-requests","version":2}
///     {"event":"request","request":{"id":"…","created_at":"…","status":"new",…}}
///     {"event":"status","id":"…","status":"contacted","at":"…","by":"ann","note":"left a message"}
///
/// The first line names the format. A `request` line holds the whole request as
/// `ConsultRequest` encodes it; a `status` line records a change of status, who
/// made it, when, and a note. Lines with an `event` this version does not know
/// (a later Pamphlet's delivery records, another tool's) are kept and skipped.
/// A save appends one line and fsyncs it under the store's lock, so its cost
/// does not depend on how many requests the file holds; nothing already in the
/// file is rewritten, so fields and numbers other tools wrote stay byte for byte.
enum RequestsJournal {
    static let format = ConsultRequestsDocument.format
    static let version = 2

    static let headerLine: [UInt8] = Array(#"{"format":"pamphlet-consult-requests","version":2}"#.utf8) + [0x0A]

    enum Event: String {
        case request, status
        /// A delivery step (DeliveryRecord.swift).
        case delivery
    }

    static func requestLine(_ request: ConsultRequest) -> [UInt8] {
        Array(#"{"event":"request","request":"#.utf8) + JSONCoding.encodeLine(request) + Array("}\n".utf8)
    }

    /// A request kept as it was read (a version 1 entry being converted).
    static func requestLine(raw entry: JSONValue) -> [UInt8] {
        Array(#"{"event":"request","request":"#.utf8) + JSONWriter.compact(entry) + Array("}\n".utf8)
    }

    static func statusLine(_ change: StatusChange) -> [UInt8] {
        JSONWriter.compact(.object([
            JSONMember(key: "event", value: .string(Event.status.rawValue)),
            JSONMember(key: "id", value: .string(change.id.uuidString.lowercased())),
            JSONMember(key: "status", value: .string(change.status)),
            JSONMember(key: "at", value: .string(change.at.formatted(.iso8601))),
            JSONMember(key: "by", value: change.by.map(JSONValue.string) ?? .null),
            JSONMember(key: "note", value: change.note.map(JSONValue.string) ?? .null),
        ])) + [0x0A]
    }

    enum Header: Equatable {
        case journal
        case newer(Int)
        /// Not a journal: a version 1 document, or not a requests file at all.
        case other
    }

    /// What the file's first line (without its line end) says it is.
    static func header(of firstLine: some Collection<UInt8>) -> Header {
        // A one-line version 1 document also names its format and version; it has "requests".
        guard let value = try? JSONParser.parse(firstLine), value["format"]?.stringValue == format, value["requests"] == nil,
              case .number(let text)? = value["version"], let version = Int(text), version >= self.version else {
            return .other
        }
        return version > self.version ? .newer(version) : .journal
    }
}

/// A change of a request's status, as staff record it (`requests mark`).
public struct StatusChange: Sendable, Equatable {
    public var id: UUID
    public var status: String
    public var at: Date
    /// Who made the change (the user name), when known.
    public var by: String?
    public var note: String?

    public init(id: UUID, status: String, at: Date, by: String?, note: String?) {
        self.id = id
        self.status = status
        self.at = at
        self.by = by
        self.note = note
    }

    init?(event: JSONValue) {
        guard let (id, at) = event.journalEventIdentity,
              let status = event["status"]?.stringValue, !status.isEmpty else { return nil }
        self.init(id: id, status: status, at: at, by: event["by"]?.stringValue, note: event["note"]?.stringValue)
    }
}

extension ConsultRequest {
    /// The 32 bits the short reference shows (its 8 hex digits).
    var referenceNumber: UInt32 {
        let bytes = id.uuid
        return UInt32(bytes.0) << 24 | UInt32(bytes.1) << 16 | UInt32(bytes.2) << 8 | UInt32(bytes.3)
    }
}

extension JSONValue {
    /// The request id and the time that every status and delivery line carries.
    var journalEventIdentity: (id: UUID, at: Date)? {
        guard let idText = self["id"]?.stringValue, let id = UUIDText.parse(idText),
              let atText = self["at"]?.stringValue, let at = ConsultRequest.parseTimestamp(atText) else { return nil }
        return (id, at)
    }
}
