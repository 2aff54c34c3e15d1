import PamphletCore

/// Prints the confirmation after `pamphlet consult` saved a request, in the
/// words every front end shares (`ConsultConfirmationText`).
enum ConsultConfirmation {
    static func print(reference: String, method: ContactMethod, delivery: ConsultDeliveryOutcome, crisis: String?) {
        TerminalOutput.line(ConsultConfirmationText.saved(reference: reference))
        TerminalOutput.line(ConsultConfirmationText.whatHappensNext(method: method, delivery: delivery))
        TerminalOutput.line(ConsultConfirmationText.notForEmergencies)
        if let crisis { TerminalOutput.line(crisis) }
    }
}
