import PamphletCore

/// Where the form's focus is: one of the patient's fields, or the Submit button.
enum FormFocus: Sendable, Hashable {
    case field(ConsultField)
    case submit

    /// Tab order, which is also the order the form shows them in.
    static let order: [FormFocus] = [
        .field(.name), .field(.contactMethod), .field(.phone), .field(.email),
        .field(.bestTime), .field(.topic), .field(.message), .field(.consent), .submit,
    ]

    /// The fields edited with a one-line `TextField`.
    static let lineFields: [ConsultField] = [.name, .phone, .email, .bestTime, .topic]
}
