import PamphletCore

/// What the patient is told after a save: the reference and what happens
/// next. Their answers are not repeated, so the screen holds nothing personal.
enum ConsultConfirmation {
    static let notForEmergencies =
        "This is not for emergencies. If you are in danger or in crisis, call your local emergency number now."

    static func print(reference: String, method: ContactMethod, crisis: String?) {
        let how = switch method {
        case .phone: "by phone"
        case .email: "by email"
        case .either: "by phone or email"
        }
        TerminalOutput.line("Request saved. Reference: \(reference)")
        TerminalOutput.line("What happens next: clinic staff collect saved requests and will contact you \(how). "
            + "Keep the reference to ask about this request.")
        TerminalOutput.line(notForEmergencies)
        if let crisis { TerminalOutput.line(crisis) }
    }
}
