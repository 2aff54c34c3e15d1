/// What the patient is told after a save, in the same words by every front
/// end (the `consult` command, the form screen, the plain reader): the
/// reference and what happens next. Their answers are not repeated, so the
/// message holds nothing personal.
public enum ConsultConfirmationText {
    public static var notForEmergencies: String {
        tr("This is not for emergencies. If you are in danger or in crisis, call your local emergency number now.")
    }

    public static func saved(reference: String) -> String {
        tr("Request saved. Reference: %1$s", reference)
    }

    /// Says what happened to the request (sent, waiting to be sent, or kept on this computer)
    /// and, when pamphlet.yml names the clinic, its phone number so the patient can call instead.
    public static func whatHappensNext(method: ContactMethod, delivery: ConsultDeliveryOutcome = .keptHere) -> String {
        let how = switch method {
        case .phone: tr("by phone")
        case .email: tr("by email")
        case .either: tr("by phone or email")
        }
        let clinicName = delivery.clinic?.name ?? tr("the clinic")
        let happened = switch delivery.state {
        case .sent:
            tr("What happens next: your request was sent to %1$s, and staff there will contact you %2$s.", clinicName, how)
        case .willSend:
            tr("What happens next: your request is saved on this computer but has not reached %1$s yet; it will be sent when this computer is online. Staff will then contact you %2$s.", clinicName, how)
        case .keptHere:
            tr("What happens next: your request is saved on this computer only; it is not sent anywhere. Clinic staff collect requests from this computer and will contact you %1$s.", how)
        }
        return [happened, callInstead(delivery), tr("Keep the reference to ask about this request.")]
            .compactMap { $0 }.joined(separator: " ")
    }

    private static func callInstead(_ delivery: ConsultDeliveryOutcome) -> String? {
        guard let clinic = delivery.clinic else {
            return delivery.state == .sent ? nil : tr("If this is not the clinic's own computer, contact the clinic yourself.")
        }
        return switch (delivery.state, clinic.hours) {
        case (.sent, nil): tr("If you do not hear from them, call %1$s on %2$s.", clinic.name, clinic.phone)
        case (.sent, let hours?): tr("If you do not hear from them, call %1$s on %2$s (%3$s).", clinic.name, clinic.phone, hours)
        case (_, nil): tr("To be sure they know, call %1$s on %2$s.", clinic.name, clinic.phone)
        case (_, let hours?): tr("To be sure they know, call %1$s on %2$s (%3$s).", clinic.name, clinic.phone, hours)
        }
    }

    /// Why a save failed, and that nothing the patient typed was lost.
    public static func notSaved(_ reason: String) -> String {
        tr("Your request was not saved. %1$s", reason)
    }

    /// Something the store did that the clinic's staff must hear of, such as an
    /// unreadable requests file moved aside; shown after the confirmation.
    public static func staffNotice(_ notice: String) -> String {
        tr("For the clinic's staff: %1$s", notice)
    }
}
