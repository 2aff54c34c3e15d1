import PamphletCore

/// The words the form shows for each field: the status-line hint while it has
/// focus, and the placeholder while it is empty.
extension ConsultField {
    var hint: String {
        switch self {
        case .name: "Your first and last name, as the clinic should address you."
        case .contactMethod: "← → or Space: choose how the clinic should contact you."
        case .phone: "A number the clinic can call. Digits, with + ( ) - . or spaces."
        case .email: "An address the clinic can write to, like name@example.org."
        case .bestTime: "Optional: when a call or message suits you."
        case .topic: "Optional: what you would like to talk about."
        case .message: "Optional. Enter starts a new line; Tab moves on."
        case .consent: "Space ticks the box. The clinic needs it to contact you."
        case .article: ""
        }
    }

    var placeholder: String {
        switch self {
        case .name: "First and last name"
        case .phone: "e.g. 555 123 4567"
        case .email: "e.g. name@example.org"
        case .bestTime: "e.g. weekday mornings"
        case .topic: "e.g. questions about a treatment"
        case .message: "Anything the clinic should know before it contacts you"
        case .contactMethod, .consent, .article: ""
        }
    }

    /// The field's label with whether it must be filled in, which for phone and
    /// email depends on the contact method chosen.
    func labelLine(method: ContactMethod) -> String {
        switch self {
        case .name: "\(label) (required)"
        case .phone: "\(label) " + (method == .phone ? "(required)" : method == .either ? "(this or email)" : "(optional)")
        case .email: "\(label) " + (method == .email ? "(required)" : method == .either ? "(this or phone)" : "(optional)")
        case .bestTime, .topic, .message: "\(label) (optional)"
        case .contactMethod, .consent, .article: label
        }
    }

    static let consentStatement = "I agree that the clinic may contact me about this request (required)"
}
