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

    /// Says what happened to the request (sent, waiting to be sent, or kept on this computer)
    /// and, when pamphlet.yml names the clinic, its phone number so the patient can call instead.
    public static func whatHappensNext(method: ContactMethod, delivery: ConsultDeliveryOutcome = .keptHere) -> String {
        let how = switch method {
        case .phone: "by phone"
        case .email: "by email"
        case .either: "by phone or email"
        }
        let clinicName = delivery.clinic?.name ?? "the clinic"
        let happened = switch delivery.state {
        case .sent:
            "What happens next: your request was sent to \(clinicName), and staff there will contact you \(how). "
        case .willSend:
            "What happens next: your request is saved on this computer but has not reached \(clinicName) yet; "
                + "it will be sent when this computer is online. Staff will then contact you \(how). "
        case .keptHere:
            "What happens next: your request is saved on this computer only; it is not sent anywhere. "
                + "Clinic staff collect requests from this computer and will contact you \(how). "
        }
        return happened + callInstead(delivery) + "Keep the reference to ask about this request."
    }

    private static func callInstead(_ delivery: ConsultDeliveryOutcome) -> String {
        guard let clinic = delivery.clinic else {
            return delivery.state == .sent ? "" : "If this is not the clinic's own computer, contact the clinic yourself. "
        }
        let hours = clinic.hours.map { " (\($0))" } ?? ""
        return switch delivery.state {
        case .sent: "If you do not hear from them, call \(clinic.name) on \(clinic.phone)\(hours). "
        case .willSend, .keptHere: "To be sure they know, call \(clinic.name) on \(clinic.phone)\(hours). "
        }
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
