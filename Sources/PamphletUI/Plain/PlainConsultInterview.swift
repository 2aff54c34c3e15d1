import PamphletCore

/// The consult form for the line-oriented reader: one question per line,
/// each answer checked as it is given, then a numbered review where a number
/// changes that answer and y saves. "cancel" at any question stops.
/// Pure: `PlainReaderSession` feeds it lines and performs the save.
struct PlainConsultInterview: Sendable {
    enum Outcome: Sendable {
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
        PlainConsultText.preamble(crisis: crisis) + PlainConsultText.howToStop + question(for: .name)
    }

    /// The opening for a resumed request: the answers kept so far, ready to change or save.
    mutating func resumedOpening(crisis: String) -> String {
        PlainConsultText.preamble(crisis: crisis) + PlainConsultText.resumed + review().text
    }

    mutating func answer(_ line: String) -> Outcome {
        let typed = String(line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if PlainConsultText.cancelWords.contains(typed.lowercased()) {
            return .cancelled(PlainConsultText.cancelled)
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
            if PlainConsultText.saveWords.contains(typed.lowercased()) { return .submit(form) }
            if let number = Int(typed), Self.order.indices.contains(number - 1) {
                returnsToReview = true
                return ask(Self.order[number - 1])
            }
            return .ask(PlainConsultText.reviewChoicesAgain(count: Self.order.count))
        case .retry:
            if PlainConsultText.saveWords.contains(typed.lowercased()) { return .submit(form) }
            return .ask(PlainConsultText.retryChoices)
        }
    }

    /// The save failed: every answer is kept and the patient may try again.
    mutating func saveFailed(_ reason: String) -> String {
        stage = .retry
        return PlainConsultText.notSaved(Sanitizer.clean(reason))
    }

    // MARK: Questions

    private mutating func ask(_ field: ConsultField) -> Outcome {
        stage = field == .message ? .message([]) : .asking(field)
        return .ask(question(for: field))
    }

    private func question(for field: ConsultField) -> String {
        switch field {
        case .name: PlainConsultText.name
        case .contactMethod: PlainConsultText.contactMethod
        case .phone, .email: PlainConsultText.contact(field, method: form.contactMethod)
        case .bestTime: PlainConsultText.bestTime
        case .topic: form.topic.isEmpty ? PlainConsultText.topic : PlainConsultText.topic(keeping: Sanitizer.clean(form.topic))
        case .message: PlainConsultText.message
        case .consent: PlainConsultText.consent
        case .article: ""
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
                return .ask(PlainConsultText.contactMethodAgain + question(for: field))
            }
            form.contactMethod = ContactMethod.allCases[number - 1]
        case .consent:
            let word = typed.lowercased()
            if PlainConsultText.yesWords.contains(word) {
                form.consent = true
            } else if PlainConsultText.noWords.contains(word) {
                // Without consent nothing can be sent: say so, and how to stop, every time.
                form.consent = false
                return .ask(PlainConsultText.consentRefused + ask(.consent).text)
            } else {
                return .ask(PlainConsultText.consentAgain + question(for: field))
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
        func shown(_ text: String) -> String { text.isEmpty ? PlainConsultText.noAnswer : Sanitizer.clean(text) }
        let answers = [
            shown(form.name), form.contactMethod.label, shown(form.phone), shown(form.email),
            shown(form.bestTime), shown(form.topic),
            shown(form.message.replacing("\n", with: " / ")),
            form.consent ? PlainConsultText.consentGiven : PlainConsultText.consentNotGiven,
        ]
        // Crisis language in the message: help before the answers, as in the full-screen form.
        var text = crisis.help(for: form.message, preferring: language).map(PlainCrisisText.consult) ?? ""
        text += PlainConsultText.reviewHeader
        for (index, field) in Self.order.enumerated() {
            text += PlainConsultText.reviewEntry(number: index + 1, label: field.label, answer: answers[index])
        }
        return .ask(text + PlainConsultText.reviewChoices)
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
