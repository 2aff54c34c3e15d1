/// The fields of the consult form, in the order the form shows them.
public enum ConsultField: String, Sendable, Codable, CaseIterable {
    case name
    case contactMethod = "contact_method"
    case phone
    case email
    case bestTime = "best_time"
    case topic
    case message
    case consent
    /// Not typed by the patient: the reader fills in the article the form was opened from.
    case article

    /// The label the form shows, in the patient's language; also names the field in error messages.
    public var label: String {
        switch self {
        case .name: trc("form field", "Full name")
        case .contactMethod: trc("form field", "How to contact you")
        case .phone: trc("form field", "Phone")
        case .email: trc("form field", "Email")
        case .bestTime: trc("form field", "Best time to contact")
        case .topic: trc("form field", "Topic")
        case .message: trc("form field", "Message")
        case .consent: trc("form field", "Consent")
        case .article: trc("form field", "Article")
        }
    }

    /// The label in the clinic's records (the FHIR questionnaire): English, whatever the patient read.
    public var recordLabel: String {
        switch self {
        case .name: "Full name"
        case .contactMethod: "How to contact you"
        case .phone: "Phone"
        case .email: "Email"
        case .bestTime: "Best time to contact"
        case .topic: "Topic"
        case .message: "Message"
        case .consent: "Consent"
        case .article: "Article"
        }
    }

    /// The most characters the field holds. Anything longer is rejected, never cut.
    public var maximumLength: Int {
        switch self {
        case .name: 200
        case .contactMethod: 10
        case .phone: 40
        case .email: 254  // RFC 5321's limit on a forward path
        case .bestTime: 200
        case .topic: 200
        case .message: 2_000
        case .consent: 0
        case .article: 200
        }
    }

    /// Only the message may span lines.
    public var isMultiline: Bool { self == .message }
}

/// What is wrong with one field, in words for the patient. Never quotes the value.
public struct FieldError: Sendable, Equatable, CustomStringConvertible {
    public var field: ConsultField
    public var message: String

    public init(_ field: ConsultField, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { tr("%1$s: %2$s", field.label, message) }
}
