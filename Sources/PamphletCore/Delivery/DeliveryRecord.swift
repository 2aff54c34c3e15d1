#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One step of a request's delivery to the clinic's intake server, appended to
/// the journal as a `delivery` event (the latest one is the request's state):
///
///     {"event":"delivery","id":"…","state":"sending","at":"…","attempt":1}
///     {"event":"delivery","id":"…","state":"sent","at":"…","attempt":1,"http_status":201,"location":"…"}
///     {"event":"delivery","id":"…","state":"retry","at":"…","attempt":2,"next_try":"…","reason":"…"}
///     {"event":"delivery","id":"…","state":"rejected","at":"…","attempt":1,"http_status":400,"reason":"…"}
///     {"event":"delivery","id":"…","state":"requeued","at":"…","attempt":1,"reason":"…","by":"ann"}
///
/// `sending` is written before the POST: a sender killed after it leaves the
/// request "sending", which the next sender sends again, and the conditional
/// create makes that second POST find the first instead of adding a copy. Only
/// a server's 2xx answer ever writes `sent`. A request with no delivery event is pending.
/// A rejected request is never sent again until staff put it back in the queue
/// (`requests send --retry-rejected`), which writes `requeued`: who did it, and
/// the rejection's reason, so the request's record still says why it came back.
public struct DeliveryRecord: Sendable, Equatable {
    public enum State: String, Sendable, Equatable {
        case sending, sent, retry, rejected
        /// Put back in the queue by staff after a rejection: due at once.
        case requeued
    }

    public var id: UUID
    public var state: State
    public var at: Date
    /// Which attempt this is (1 for the first POST); for `requeued`, the attempts made so far.
    public var attempt: Int
    public var httpStatus: Int?
    /// The server's `Location` for a sent request.
    public var location: String?
    /// Why it was rejected (the server's words) or why it must be retried.
    public var reason: String?
    /// Not before this time is a `retry` tried again.
    public var nextTry: Date?
    /// Who put a rejected request back in the queue (the user name), when known.
    public var by: String?

    public init(id: UUID, state: State, at: Date, attempt: Int, httpStatus: Int? = nil, location: String? = nil,
                reason: String? = nil, nextTry: Date? = nil, by: String? = nil) {
        self.id = id
        self.state = state
        self.at = at
        self.attempt = attempt
        self.httpStatus = httpStatus
        self.location = location
        self.reason = reason
        self.nextTry = nextTry
        self.by = by
    }

    init?(event: JSONValue) {
        guard let (id, at) = event.journalEventIdentity,
              let state = event["state"]?.stringValue.flatMap(State.init(rawValue:)),
              case .number(let attemptText)? = event["attempt"], let attempt = Int(attemptText) else { return nil }
        var status: Int?
        if case .number(let text)? = event["http_status"] { status = Int(text) }
        self.init(id: id, state: state, at: at, attempt: attempt, httpStatus: status,
                  location: event["location"]?.stringValue, reason: event["reason"]?.stringValue,
                  nextTry: event["next_try"]?.stringValue.flatMap(ConsultRequest.parseTimestamp),
                  by: event["by"]?.stringValue)
    }

    var line: [UInt8] {
        var members = [
            JSONMember(key: "event", value: .string(RequestsJournal.Event.delivery.rawValue)),
            JSONMember(key: "id", value: .string(id.uuidString.lowercased())),
        ] + summaryMembers
        members.insert(JSONMember(key: "at", value: .string(UTCTimestamp.format(at))), at: 3)
        return JSONWriter.compact(.object(members)) + [0x0A]
    }

    /// The state as `requests list --json` shows it, in each entry's `"delivery"` (an entry
    /// without one was never tried: pending).
    var summary: JSONValue {
        var members = summaryMembers
        members.insert(JSONMember(key: "at", value: .string(UTCTimestamp.format(at))), at: 1)
        return .object(members)
    }

    private var summaryMembers: [JSONMember] {
        var members = [JSONMember(key: "state", value: .string(state.rawValue)),
                       JSONMember(key: "attempt", value: .number(String(attempt)))]
        if let httpStatus { members.append(JSONMember(key: "http_status", value: .number(String(httpStatus)))) }
        if let location { members.append(JSONMember(key: "location", value: .string(location))) }
        if let reason { members.append(JSONMember(key: "reason", value: .string(reason))) }
        if let nextTry { members.append(JSONMember(key: "next_try", value: .string(UTCTimestamp.format(nextTry)))) }
        if let by { members.append(JSONMember(key: "by", value: .string(by))) }
        return members
    }
}

extension StoredRequests {
    /// The request's latest delivery record; nil when none was tried (pending).
    public func delivery(of request: ConsultRequest) -> DeliveryRecord? {
        deliveries[request.id]
    }

    /// "pending", "sending", "sent", "retry 2", "rejected" or "requeued": the table's DELIVERY cell.
    public func deliveryLabel(of request: ConsultRequest) -> String {
        guard let record = deliveries[request.id] else { return "pending" }
        return record.state == .retry ? "retry \(record.attempt)" : record.state.rawValue
    }

    /// Requests a sender should POST now: never tried, left `sending` by a sender that
    /// stopped, `requeued` by staff, or `retry` whose next try has come (any `retry` when
    /// `ignoringBackoff`). Sent ones are done; rejected ones wait for staff.
    public func dueForDelivery(now: Date, ignoringBackoff: Bool = false) -> [ConsultRequest] {
        requests.filter { request in
            guard let record = deliveries[request.id] else { return true }
            switch record.state {
            case .sending, .requeued: return true
            case .retry: return ignoringBackoff || (record.nextTry ?? record.at) <= now
            case .sent, .rejected: return false
            }
        }
    }

    /// Folds one delivery event in (called by the journal's reader).
    mutating func apply(_ record: DeliveryRecord, entry: Int?) {
        deliveries[record.id] = record
        if let entry { entries[entry].set("delivery", to: record.summary) }
    }
}
