import PamphletCore

/// Every sentence of the line-oriented consult interview: the questions, the
/// reprompts, the review and what is said after saving. Whole sentences with
/// placeholders; arguments arrive already sanitized.
enum PlainConsultText {
    /// The words that stop the interview at any question: the interface language's
    /// (the questions name it) and English's, which a patient may type from habit.
    static var cancelWords: Set<String> { ["cancel", trc("typed answer", "cancel")] }
    /// The answers the questions above name: y saves (review), y/n for consent; in Spanish s/n too.
    static var saveWords: Set<String> { ["y", trc("typed answer", "y")] }
    static var yesWords: Set<String> {
        ["y", "yes", trc("typed answer", "y"), trc("typed answer", "yes"), trc("typed answer without accents", "yes")]
    }
    static let noWords: Set<String> = ["n", "no"]

    static func preamble(crisis: String) -> String {
        tr("Request a consultation.") + " " + ConsultConfirmationText.notForEmergencies + "\n" + tr("Help now: %1$s", crisis) + "\n"
    }

    static var howToStop: String { tr("Type cancel at any question to stop; nothing is saved until you confirm.") + "\n" }
    static var resumed: String { tr("Your unfinished request was kept. Type cancel to discard it.") + "\n" }
    static var cancelled: String { tr("Request cancelled; nothing was saved.") + "\n" }

    // MARK: Questions

    static var name: String { tr("Full name (required):") + "\n" }
    static var contactMethod: String {
        tr("How should the clinic contact you? 1. Phone 2. Email 3. Phone or email. Type a number:") + "\n"
    }
    static var contactMethodAgain: String { tr("Type 1, 2 or 3.") + "\n" }

    /// Phone or email, saying whether the chosen way of contact needs it.
    static func contact(_ field: ConsultField, method: ContactMethod) -> String {
        let phone = field == .phone
        let question = switch (method, phone) {
        case (.either, true): tr("Phone (this or email is needed; Enter to skip):")
        case (.either, false): tr("Email (this or phone is needed; Enter to skip):")
        case (.phone, true): tr("Phone (required):")
        case (.phone, false): tr("Email (optional; Enter to skip):")
        case (.email, true): tr("Phone (optional; Enter to skip):")
        case (.email, false): tr("Email (required):")
        }
        return question + "\n"
    }

    static var bestTime: String { tr("Best time to contact (optional; Enter to skip):") + "\n" }
    static var topic: String { tr("Topic (optional; Enter to skip):") + "\n" }
    static func topic(keeping topic: String) -> String { tr("Topic (Enter keeps \"%1$s\", or type another):", topic) + "\n" }
    static var message: String {
        tr("Message (optional, up to %1$s characters). Type as many lines as you like; an empty line ends it:",
           localizedCount(ConsultField.message.maximumLength)) + "\n"
    }
    static var consent: String { tr("Do you agree that the clinic may contact you about this request? Type y or n:") + "\n" }
    static var consentAgain: String { tr("Type y or n.") + "\n" }
    /// Without consent nothing can be sent: say so, and how to stop, every time.
    static var consentRefused: String {
        tr("The clinic can only contact you with your agreement. Type y to agree, or cancel to stop; nothing is saved.") + "\n"
    }

    // MARK: Review

    static var reviewHeader: String { tr("Please check your request:") + "\n" }
    static func reviewEntry(number: Int, label: String, answer: String) -> String {
        tr("%1$s. %2$s: %3$s", String(number), label, answer) + "\n"
    }
    static var noAnswer: String { tr("(none)") }
    static var consentGiven: String { tr("Yes, the clinic may contact me about this request.") }
    static var consentNotGiven: String { trc("consent answer", "No") }
    static var reviewChoices: String { tr("Type y to save, a number to change that answer, or cancel.") + "\n" }
    static func reviewChoicesAgain(count: Int) -> String {
        tr("Type y to save, a number from 1 to %1$s to change that answer, or cancel.", String(count)) + "\n"
    }

    // MARK: Saving

    static var saving: String { tr("Saving your request…") + "\n" }
    static func notSaved(_ reason: String) -> String {
        ConsultConfirmationText.notSaved(reason) + "\n" + tr("Type y to try again, or cancel.") + "\n"
    }
    static var retryChoices: String { tr("Type y to try saving again, or cancel.") + "\n" }

    /// The reference and what happens next, in the words every front end uses; crisis
    /// help first when the message called for it, and the store's notice for staff last.
    static func saved(reference: String, method: ContactMethod, urgentHelp: CrisisHelp?, notice: String?,
                      delivery: ConsultDeliveryOutcome) -> String {
        (urgentHelp.map { PlainCrisisText.consult($0) + $0.wording.urgentSaved + "\n" } ?? "")
            + ConsultConfirmationText.saved(reference: reference) + "\n"
            + ConsultConfirmationText.whatHappensNext(method: method, delivery: delivery) + "\n"
            + ConsultConfirmationText.notForEmergencies + "\n"
            + (notice.map { ConsultConfirmationText.staffNotice($0) + "\n" } ?? "")
    }
}
