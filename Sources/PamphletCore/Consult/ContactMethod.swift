/// How the patient wants the clinic to reach them.
public enum ContactMethod: String, Sendable, Codable, CaseIterable {
    case phone
    case email
    /// Either will do; at least one of phone and email must be given.
    case either

    /// The choice as the form shows it, in the patient's language.
    public var label: String {
        switch self {
        case .phone: trc("contact method", "Phone")
        case .email: trc("contact method", "Email")
        case .either: trc("contact method", "Phone or email")
        }
    }

    /// The choice in the clinic's records: English, whatever the patient read.
    public var recordLabel: String {
        switch self {
        case .phone: "Phone"
        case .email: "Email"
        case .either: "Phone or email"
        }
    }
}
