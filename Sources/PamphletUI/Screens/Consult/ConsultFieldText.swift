import PamphletCore

/// The words the form shows for each field: the status-line hint while it has
/// focus, and the placeholder while it is empty.
extension ConsultField {
    var hint: String {
        switch self {
        case .name: tr("Your first and last name, as the clinic should address you.")
        case .contactMethod: tr("← → or Space: choose how the clinic should contact you.")
        case .phone: tr("A number the clinic can call. Digits, with + ( ) - . or spaces.")
        case .email: tr("An address the clinic can write to, like name@example.org.")
        case .bestTime: tr("Optional: when a call or message suits you.")
        case .topic: tr("Optional: what you would like to talk about.")
        case .message: tr("Optional. Enter starts a new line; Tab moves on.")
        case .consent: tr("Space ticks the box. The clinic needs it to contact you.")
        case .article: ""
        }
    }

    var placeholder: String {
        switch self {
        case .name: tr("First and last name")
        case .phone: tr("e.g. 555 123 4567")
        case .email: tr("e.g. name@example.org")
        case .bestTime: tr("e.g. weekday mornings")
        case .topic: tr("e.g. questions about a treatment")
        case .message: tr("Anything the clinic should know before it contacts you")
        case .contactMethod, .consent, .article: ""
        }
    }

    /// The field's label with whether it must be filled in, which for phone and
    /// email depends on the contact method chosen.
    func labelLine(method: ContactMethod) -> String {
        switch self {
        case .name: Self.required(label)
        case .phone: method == .phone ? Self.required(label) : method == .either ? tr("%1$s (this or email)", label) : Self.optional(label)
        case .email: method == .email ? Self.required(label) : method == .either ? tr("%1$s (this or phone)", label) : Self.optional(label)
        case .bestTime, .topic, .message: Self.optional(label)
        case .contactMethod, .consent, .article: label
        }
    }

    private static func required(_ label: String) -> String { tr("%1$s (required)", label) }
    private static func optional(_ label: String) -> String { tr("%1$s (optional)", label) }

    static var consentStatement: String { tr("I agree that the clinic may contact me about this request (required)") }
}
