/// The consult form as the patient is filling it in: plain strings, the
/// contact method and the consent box. This is what the form screen edits,
/// what a draft saves and what `pamphlet consult --json` reads.
///
/// Holds nothing beyond the form's own fields (minimum necessary).
public struct ConsultForm: Sendable, Equatable, Codable {
    public var name: String
    public var contactMethod: ContactMethod
    public var phone: String
    public var email: String
    public var bestTime: String
    public var topic: String
    public var message: String
    public var consent: Bool
    /// Id of the article the form was opened from; set by the reader, not typed.
    public var article: String?

    public init(name: String = "", contactMethod: ContactMethod = .either, phone: String = "",
                email: String = "", bestTime: String = "", topic: String = "", message: String = "",
                consent: Bool = false, article: String? = nil) {
        self.name = name
        self.contactMethod = contactMethod
        self.phone = phone
        self.email = email
        self.bestTime = bestTime
        self.topic = topic
        self.message = message
        self.consent = consent
        self.article = article
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case contactMethod = "contact_method"
        case phone, email
        case bestTime = "best_time"
        case topic, message, consent, article
    }

    /// The text of a field (empty for the method and the consent box).
    public func text(of field: ConsultField) -> String {
        switch field {
        case .name: name
        case .contactMethod: contactMethod.rawValue
        case .phone: phone
        case .email: email
        case .bestTime: bestTime
        case .topic: topic
        case .message: message
        case .consent: ""
        case .article: article ?? ""
        }
    }
}
