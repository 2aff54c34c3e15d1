/// How the patient wants the clinic to reach them.
public enum ContactMethod: String, Sendable, Codable, CaseIterable {
    case phone
    case email
    /// Either will do; at least one of phone and email must be given.
    case either

    public var label: String {
        switch self {
        case .phone: "Phone"
        case .email: "Email"
        case .either: "Phone or email"
        }
    }
}
