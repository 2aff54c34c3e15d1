#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One saved consult request, as it is kept in the requests file.
///
/// Keys are snake_case and stable; absent answers are written as `null` so
/// every record has the same keys for `jq` and spreadsheets.
public struct ConsultRequest: Sendable, Equatable, Codable {
    public var id: UUID
    /// When it was saved, in UTC, written as ISO 8601 (`2025-11-25T08:32:00Z`).
    public var createdAt: Date
    /// "new" when Pamphlet saves it; clinic staff may change it with their own tools.
    public var status: String
    public var article: String?
    public var name: String
    public var contactMethod: ContactMethod
    public var phone: String?
    public var email: String?
    public var bestTime: String?
    public var topic: String?
    public var message: String?
    public var consent: Bool
    /// The message holds crisis language (CrisisDetector): staff see it first, marked.
    /// Files written before this key read as false.
    public var urgent: Bool

    public static let newStatus = "new"

    public init(id: UUID, createdAt: Date, status: String = ConsultRequest.newStatus, article: String?,
                name: String, contactMethod: ContactMethod, phone: String?, email: String?,
                bestTime: String?, topic: String?, message: String?, consent: Bool, urgent: Bool = false) {
        self.id = id
        self.createdAt = createdAt
        self.status = status
        self.article = article
        self.name = name
        self.contactMethod = contactMethod
        self.phone = phone
        self.email = email
        self.bestTime = bestTime
        self.topic = topic
        self.message = message
        self.consent = consent
        self.urgent = urgent
    }

    /// The short reference the patient is given: the first 8 characters of the id.
    public var reference: String { UUIDText.lowercase(id, count: 8) }

    /// The id in lowercase, as RFC 4122 asks for output.
    public var idString: String { UUIDText.lowercase(id) }

    enum CodingKeys: String, CodingKey {
        case id, status, article, name, phone, email, topic, message, consent, urgent
        case createdAt = "created_at"
        case contactMethod = "contact_method"
        case bestTime = "best_time"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let idText = try container.decode(String.self, forKey: .id)
        guard let id = UUID(uuidString: idText) else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "not a UUID")
        }
        let createdText = try container.decode(String.self, forKey: .createdAt)
        guard let createdAt = Self.parseTimestamp(createdText) else {
            throw DecodingError.dataCorruptedError(forKey: .createdAt, in: container, debugDescription: "not ISO 8601")
        }
        self.init(
            id: id, createdAt: createdAt,
            status: try container.decode(String.self, forKey: .status),
            article: try container.decodeIfPresent(String.self, forKey: .article),
            name: try container.decode(String.self, forKey: .name),
            contactMethod: try container.decode(ContactMethod.self, forKey: .contactMethod),
            phone: try container.decodeIfPresent(String.self, forKey: .phone),
            email: try container.decodeIfPresent(String.self, forKey: .email),
            bestTime: try container.decodeIfPresent(String.self, forKey: .bestTime),
            topic: try container.decodeIfPresent(String.self, forKey: .topic),
            message: try container.decodeIfPresent(String.self, forKey: .message),
            consent: try container.decode(Bool.self, forKey: .consent),
            urgent: try container.decodeIfPresent(Bool.self, forKey: .urgent) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(idString, forKey: .id)
        try container.encode(createdAtString, forKey: .createdAt)
        try container.encode(status, forKey: .status)
        try container.encode(article, forKey: .article)
        try container.encode(name, forKey: .name)
        try container.encode(contactMethod, forKey: .contactMethod)
        try container.encode(phone, forKey: .phone)
        try container.encode(email, forKey: .email)
        try container.encode(bestTime, forKey: .bestTime)
        try container.encode(topic, forKey: .topic)
        try container.encode(message, forKey: .message)
        try container.encode(consent, forKey: .consent)
        try container.encode(urgent, forKey: .urgent)
    }

    public var createdAtString: String { UTCTimestamp.format(createdAt) }

    /// Accepts timestamps with or without fractional seconds, as other tools may write either.
    static func parseTimestamp(_ text: String) -> Date? {
        UTCTimestamp.parse(text) ?? (try? Date.ISO8601FormatStyle().parse(text))
            ?? (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
    }
}
