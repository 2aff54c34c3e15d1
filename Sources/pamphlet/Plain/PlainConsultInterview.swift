import PamphletCore

/// The consult form for the line-oriented reader: one question per line,
/// each answer checked as it is given, then a numbered review where a number
/// changes that answer and y saves. "cancel" at any question stops.
/// Pure: `PlainReaderSession` feeds it lines and performs the save.
struct PlainConsultInterview {
    enum Outcome {
        case ask(String)
        case submit(ConsultForm)
        case cancelled(String)
    }

    private enum Stage: Equatable {
        case asking(ConsultField)
        /// Collecting message lines until an empty one.
        case message([String])
        case review
        case retry
    }

    private static let order: [ConsultField] = [.name, .contactMethod, .phone, .email, .bestTime, .topic, .message, .consent]
    private static let cancelWord = "cancel"

    private(set) var form: ConsultForm
    private var stage: Stage = .asking(.name)
    /// After changing one answer from the review, go back to the review.
    private var returnsToReview = false
    /// The library's crisis phrases and contacts: a message holding them puts help on the review.
    private let crisis: CrisisSupport
    private let language: String

    init(article: Article?, crisis: CrisisSupport = .standard) {
        form = ConsultForm(topic: article.map { Sanitizer.clean($0.title) } ?? "", article: article?.id)
        self.crisis = crisis
        language = article?.meta.language ?? "en"
    }

    /// Picks up a request left unfinished by an earlier session, at its review.
    init(resuming form: ConsultForm, crisis: CrisisSupport = .standard, language: String = "en") {
        self.form = form
        self.crisis = crisis
        self.language = language
    }

    func opening(crisis: String) -> String {
        Self.preamble(crisis: crisis)
            + "Type \(Self.cancelWord) at any question to stop; nothing is saved until you confirm.\n"
            + question(for: .name)
    }

    /// The opening for a resumed request: the answers kept so far, ready to change or save.
    mutating func resumedOpening(crisis: String) -> String {
        Self.preamble(crisis: crisis)
            + "Your unfinished request was kept. Type \(Self.cancelWord) to discard it.\n"
            + review().text
    }

    private static func preamble(crisis: String) -> String {
        "Request a consultation. \(ConsultConfirmationText.notForEmergencies)\n" + "Help now: \(crisis)\n"
    }

    mutating func answer(_ line: String) -> Outcome {
        let typed = String(line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if typed.lowercased() == Self.cancelWord {
            return .cancelled("Request cancelled; nothing was saved.\n")
        }
        switch stage {
        case .asking(let field): return record(typed, for: field)
        case .message(var lines):
            if typed.isEmpty {
                form.message = lines.joined(separator: "\n")
                return checked(.message)
            }
            lines.append(typed)
            stage = .message(lines)
            return .ask("")
        case .review:
            if typed.lowercased() == "y" { return .submit(form) }
            if let number = Int(typed), Self.order.indices.contains(number - 1) {
                returnsToReview = true
                return ask(Self.order[number - 1])
            }
            return .ask("Type y to save, a number from 1 to \(Self.order.count) to change that answer, or cancel.\n")
        case .retry:
            if typed.lowercased() == "y" { return .submit(form) }
            return .ask("Type y to try saving again, or cancel.\n")
        }
    }

    /// The save failed: every answer is kept and the patient may try again.
    mutating func saveFailed(_ reason: String) -> String {
        stage = .retry
        return ConsultConfirmationText.notSaved(Sanitizer.clean(reason)) + "\nType y to try again, or cancel.\n"
    }

    // MARK: Questions

    private mutating func ask(_ field: ConsultField) -> Outcome {
        stage = field == .message ? .message([]) : .asking(field)
        return .ask(question(for: field))
    }

    private func question(for field: ConsultField) -> String {
        switch field {
        case .name: return "Full name (required):\n"
        case .contactMethod:
            return "How should the clinic contact you? 1. Phone 2. Email 3. Phone or email. Type a number:\n"
        case .phone: return "Phone (\(need(.phone))):\n"
        case .email: return "Email (\(need(.email))):\n"
        case .bestTime: return "Best time to contact (optional; Enter to skip):\n"
        case .topic:
            return form.topic.isEmpty ? "Topic (optional; Enter to skip):\n"
                : "Topic (Enter keeps \"\(Sanitizer.clean(form.topic))\", or type another):\n"
        case .message:
            return "Message (optional, up to 2,000 characters). Type as many lines as you like; an empty line ends it:\n"
        case .consent: return "Do you agree that the clinic may contact you about this request? Type y or n:\n"
        case .article: return ""
        }
    }

    private func need(_ field: ConsultField) -> String {
        let other = field == .phone ? "email" : "phone"
        switch form.contactMethod {
        case .either: return "this or \(other) is needed; Enter to skip"
        case .phone: return field == .phone ? "required" : "optional; Enter to skip"
        case .email: return field == .email ? "required" : "optional; Enter to skip"
        }
    }

    private mutating func record(_ typed: String, for field: ConsultField) -> Outcome {
        switch field {
        case .name: form.name = typed
        case .phone: form.phone = typed
        case .email: form.email = typed
        case .bestTime: form.bestTime = typed
        case .topic: if !typed.isEmpty { form.topic = typed }
        case .contactMethod:
            guard let number = Int(typed), ContactMethod.allCases.indices.contains(number - 1) else {
                return .ask("Type 1, 2 or 3.\n" + question(for: field))
            }
            form.contactMethod = ContactMethod.allCases[number - 1]
        case .consent:
            switch typed.lowercased() {
            case "y", "yes": form.consent = true
            case "n", "no":
                // Without consent nothing can be sent: say so, and how to stop, every time.
                form.consent = false
                return .ask("The clinic can only contact you with your agreement. Type y to agree, "
                            + "or \(Self.cancelWord) to stop; nothing is saved.\n" + ask(.consent).text)
            default: return .ask("Type y or n.\n" + question(for: field))
            }
        case .message, .article: break
        }
        return checked(field)
    }

    /// Asks again when the answer has a problem; otherwise the next question or the review.
    private mutating func checked(_ field: ConsultField) -> Outcome {
        if let problem = form.error(for: field) {
            return .ask("\(problem.message)\n" + ask(field).text)
        }
        // Phone and email: with "either", one of the two is needed once both were asked.
        let (firstContact, secondContact) = contactOrder
        if field == secondContact, let problem = form.error(for: .contactMethod) {
            return .ask("\(problem.message)\n" + ask(firstContact).text)
        }
        if returnsToReview, field != .contactMethod, field != firstContact {
            return review()
        }
        let order = questionOrder
        guard let index = order.firstIndex(of: field), index + 1 < order.count else { return review() }
        return ask(order[index + 1])
    }

    /// The chosen way of contact is asked for first: after "2. Email", Email, then Phone.
    private var contactOrder: (ConsultField, ConsultField) {
        form.contactMethod == .email ? (.email, .phone) : (.phone, .email)
    }

    /// The questions in the order they are asked (the review keeps the form's order).
    private var questionOrder: [ConsultField] {
        let (first, second) = contactOrder
        return [.name, .contactMethod, first, second, .bestTime, .topic, .message, .consent]
    }

    private mutating func review() -> Outcome {
        stage = .review
        returnsToReview = false
        // Typed text is echoed back, so control characters are shown inert.
        func shown(_ text: String) -> String { text.isEmpty ? "(none)" : Sanitizer.clean(text) }
        let answers = [
            shown(form.name), form.contactMethod.label, shown(form.phone), shown(form.email),
            shown(form.bestTime), shown(form.topic),
            shown(form.message.replacing("\n", with: " / ")),
            form.consent ? "Yes, the clinic may contact me about this request." : "No",
        ]
        // Crisis language in the message: help before the answers, as in the full-screen form.
        var text = crisis.help(for: form.message, preferring: language).map(PlainCrisisText.consult) ?? ""
        text += "Please check your request:\n"
        for (index, field) in Self.order.enumerated() {
            text += "\(index + 1). \(field.label): \(answers[index])\n"
        }
        return .ask(text + "Type y to save, a number to change that answer, or cancel.\n")
    }
}

private extension PlainConsultInterview.Outcome {
    var text: String {
        switch self {
        case .ask(let text), .cancelled(let text): text
        case .submit: ""
        }
    }
}
