import PamphletCore

/// Every sentence of the line-oriented consult interview: the questions, the
/// reprompts, the review and what is said after saving. Whole sentences with
/// placeholders; arguments arrive already sanitized.
enum PlainConsultText {
    /// The word that stops the interview at any question.
    static let cancelWord = "cancel"
    /// The answers the questions above name: y saves (review), y/n for consent.
    static let saveWords: Set<String> = ["y"]
    static let yesWords: Set<String> = ["y", "yes"]
    static let noWords: Set<String> = ["n", "no"]

    static func preamble(crisis: String) -> String {
        "Request a consultation. \(ConsultConfirmationText.notForEmergencies)\n" + "Help now: \(crisis)\n"
    }

    static let howToStop = "Type cancel at any question to stop; nothing is saved until you confirm.\n"
    static let resumed = "Your unfinished request was kept. Type cancel to discard it.\n"
    static let cancelled = "Request cancelled; nothing was saved.\n"

    // MARK: Questions

    static let name = "Full name (required):\n"
    static let contactMethod = "How should the clinic contact you? 1. Phone 2. Email 3. Phone or email. Type a number:\n"
    static let contactMethodAgain = "Type 1, 2 or 3.\n"

    /// Phone or email, saying whether the chosen way of contact needs it.
    static func contact(_ field: ConsultField, method: ContactMethod) -> String {
        let phone = field == .phone
        switch (method, phone) {
        case (.either, true): return "Phone (this or email is needed; Enter to skip):\n"
        case (.either, false): return "Email (this or phone is needed; Enter to skip):\n"
        case (.phone, true): return "Phone (required):\n"
        case (.phone, false): return "Email (optional; Enter to skip):\n"
        case (.email, true): return "Phone (optional; Enter to skip):\n"
        case (.email, false): return "Email (required):\n"
        }
    }

    static let bestTime = "Best time to contact (optional; Enter to skip):\n"
    static let topic = "Topic (optional; Enter to skip):\n"
    static func topic(keeping topic: String) -> String { "Topic (Enter keeps \"\(topic)\", or type another):\n" }
    static let message = "Message (optional, up to 2,000 characters). Type as many lines as you like; an empty line ends it:\n"
    static let consent = "Do you agree that the clinic may contact you about this request? Type y or n:\n"
    static let consentAgain = "Type y or n.\n"
    /// Without consent nothing can be sent: say so, and how to stop, every time.
    static let consentRefused = "The clinic can only contact you with your agreement. Type y to agree, "
        + "or cancel to stop; nothing is saved.\n"

    // MARK: Review

    static let reviewHeader = "Please check your request:\n"
    static func reviewEntry(number: Int, label: String, answer: String) -> String { "\(number). \(label): \(answer)\n" }
    static let noAnswer = "(none)"
    static let consentGiven = "Yes, the clinic may contact me about this request."
    static let consentNotGiven = "No"
    static let reviewChoices = "Type y to save, a number to change that answer, or cancel.\n"
    static func reviewChoicesAgain(count: Int) -> String {
        "Type y to save, a number from 1 to \(count) to change that answer, or cancel.\n"
    }

    // MARK: Saving

    static let saving = "Saving your request…\n"
    static func notSaved(_ reason: String) -> String {
        ConsultConfirmationText.notSaved(reason) + "\nType y to try again, or cancel.\n"
    }
    static let retryChoices = "Type y to try saving again, or cancel.\n"

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
