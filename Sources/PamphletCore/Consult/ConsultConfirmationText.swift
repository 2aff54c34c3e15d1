/// What the patient is told after a save, in the same words by every front
/// end (the `consult` command, the form screen, the plain reader): the
/// reference and what happens next. Their answers are not repeated, so the
/// message holds nothing personal.
public enum ConsultConfirmationText {
    public static let notForEmergencies =
        "This is not for emergencies. If you are in danger or in crisis, call your local emergency number now."

    public static func saved(reference: String) -> String {
        "Request saved. Reference: \(reference)"
    }

    public static func whatHappensNext(method: ContactMethod) -> String {
        let how = switch method {
        case .phone: "by phone"
        case .email: "by email"
        case .either: "by phone or email"
        }
        return "What happens next: clinic staff collect saved requests and will contact you \(how). "
            + "Keep the reference to ask about this request."
    }

    /// Why a save failed, and that nothing the patient typed was lost.
    public static func notSaved(_ reason: String) -> String {
        "Your request was not saved. \(reason)"
    }

    /// Something the store did that the clinic's staff must hear of, such as an
    /// unreadable requests file moved aside; shown after the confirmation.
    public static func staffNotice(_ notice: String) -> String {
        "For the clinic's staff: \(notice)"
    }
}
