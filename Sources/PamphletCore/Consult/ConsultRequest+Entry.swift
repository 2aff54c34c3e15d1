#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ConsultRequest {
    /// A request read straight from its parsed journal entry, with the same rules
    /// as `init(from:)` (required keys, `null` or absent optional answers, a wrong
    /// type makes the entry unreadable). Loading 50,000 requests through
    /// `Decoder` cost about half a second of keyed-container lookups; this reads
    /// each member once, in one pass over the object.
    init?(entry: JSONValue) {
        guard case .object(let members) = entry else { return nil }
        var fields = EntryFields()
        for member in members {
            guard fields.take(member) else { return nil }
        }
        guard let idText = fields.id, let id = UUIDText.parse(idText),
              let createdText = fields.createdAt, let createdAt = Self.parseTimestamp(createdText),
              let status = fields.status, let name = fields.name,
              let methodText = fields.contactMethod, let contactMethod = ContactMethod(rawValue: methodText),
              let consent = fields.consent else { return nil }
        self.init(id: id, createdAt: createdAt, status: status, article: fields.article, name: name,
                  contactMethod: contactMethod, phone: fields.phone, email: fields.email, bestTime: fields.bestTime,
                  topic: fields.topic, message: fields.message, consent: consent, urgent: fields.urgent ?? false)
    }
}

/// The members of one request entry, as the keys of `ConsultRequest.CodingKeys` name them.
private struct EntryFields {
    var id, createdAt, status, name, contactMethod: String?
    var article, phone, email, bestTime, topic, message: String?
    var consent, urgent: Bool?

    /// Takes one member; false when a known key holds the wrong type. Unknown keys
    /// (another tool's fields) are left for the stored entry to keep.
    mutating func take(_ member: JSONMember) -> Bool {
        switch member.key {
        case "id": return required(member.value, into: &id)
        case "created_at": return required(member.value, into: &createdAt)
        case "status": return required(member.value, into: &status)
        case "name": return required(member.value, into: &name)
        case "contact_method": return required(member.value, into: &contactMethod)
        case "article": return optional(member.value, into: &article)
        case "phone": return optional(member.value, into: &phone)
        case "email": return optional(member.value, into: &email)
        case "best_time": return optional(member.value, into: &bestTime)
        case "topic": return optional(member.value, into: &topic)
        case "message": return optional(member.value, into: &message)
        case "consent":
            guard case .bool(let value) = member.value else { return false }
            consent = value
            return true
        case "urgent":
            switch member.value {
            case .bool(let value): urgent = value
            case .null: urgent = nil
            default: return false
            }
            return true
        default: return true
        }
    }

    private func required(_ value: JSONValue, into field: inout String?) -> Bool {
        guard case .string(let text) = value else { return false }
        field = text
        return true
    }

    private func optional(_ value: JSONValue, into field: inout String?) -> Bool {
        switch value {
        case .string(let text): field = text
        case .null: field = nil
        default: return false
        }
        return true
    }
}
