import PamphletCore

/// What the form asks its host to do after a key, and whether it is done.
struct ConsultReply: Sendable, Equatable {
    var effects: [Effect] = []
    /// The form (or the screen after it) has finished and should be closed.
    var closes = false
}

/// The consult request form: editing the answers, the review before saving,
/// the "discard?" question, and waiting for the save. Holds the patient's
/// answers only while it is open; the reader drops it when it closes.
struct ConsultFormScreen: Sendable {
    enum Stage: Sendable, Equatable {
        case editing
        case review(top: Int)
        case confirmingDiscard
        /// The save effect is out; the host answers with `saved` or `failed`.
        case saving
    }

    private(set) var stage = Stage.editing
    private(set) var focus = FormFocus.field(.name)
    private(set) var lineFields: [ConsultField: TextField] = [:]
    private(set) var message: TextArea
    private(set) var contactMethod = ContactMethod.either
    private(set) var consent = false
    let article: String?
    /// The article's crisis text, else the library's; sanitized.
    let crisisText: String
    /// Finds crisis language in the message: the review and the confirmation then show
    /// crisis help first, and the saved request is urgent.
    let crisis: CrisisSupport
    /// The article's language, for the crisis help's words.
    let language: String
    /// False in kiosk mode: nothing the patient types is written anywhere but the requests file.
    let keepsDrafts: Bool
    /// Fields the patient has left at least once: their problems show from then on.
    private(set) var visited: Set<ConsultField> = []
    /// After a submit attempt every problem shows.
    private(set) var showsAllErrors = false
    /// Why the last save failed, in plain words; the answers are all kept.
    private(set) var saveError: String?
    /// One-key message on the status line ("Please fix the 2 answers marked below.").
    private(set) var note: String?
    /// First content row shown.
    private(set) var top = 0
    private(set) var size: Size
    /// The form as opened (topic prefilled); anything else counts as a change worth asking about.
    private let untouched: ConsultForm
    /// The form as last written to the draft file.
    private var lastDraft: ConsultForm?
    private var lastDraftTick: Double?

    static let draftInterval = 5.0

    init(topic: String, article: String?, crisisText: String, keepsDrafts: Bool, size: Size,
         restoring draft: ConsultForm? = nil, crisis: CrisisSupport = .standard, language: String = "en") {
        self.article = article
        self.crisisText = crisisText
        self.crisis = crisis
        self.language = language
        self.keepsDrafts = keepsDrafts
        self.size = size
        message = TextArea(maxLength: ConsultField.message.maximumLength)
        for field in FormFocus.lineFields {
            lineFields[field] = TextField(maxLength: field.maximumLength)
        }
        lineFields[.topic]?.replace(with: topic)
        untouched = ConsultForm(topic: lineFields[.topic]?.text ?? "", article: article)
        if let draft {
            restore(draft)
            // Where the patient left off: the first answer still missing or wrong, else Submit.
            focus = form.validate().first.map { .field($0.field) } ?? .submit
            reveal()
        }
    }

    private mutating func restore(_ draft: ConsultForm) {
        for field in FormFocus.lineFields { lineFields[field]?.replace(with: draft.text(of: field)) }
        message.replace(with: draft.message)
        contactMethod = draft.contactMethod
        consent = draft.consent
        lastDraft = draft
    }

    /// The answers as they stand.
    var form: ConsultForm {
        func text(_ field: ConsultField) -> String { lineFields[field]?.text ?? "" }
        return ConsultForm(name: text(.name), contactMethod: contactMethod, phone: text(.phone),
                           email: text(.email), bestTime: text(.bestTime), topic: text(.topic),
                           message: message.text, consent: consent, article: article)
    }

    var hasChanges: Bool { form != untouched }

    /// Crisis help when the message holds crisis language, else nil.
    var crisisHelp: CrisisHelp? { crisis.help(for: message.text, preferring: language) }

    var screenKind: ScreenKind {
        switch stage {
        case .editing, .saving: .consultForm
        case .review: .consultReview
        case .confirmingDiscard: .consultQuestion
        }
    }

    /// The problem to show under `field`, if the patient has had the chance to fix it.
    func shownError(for field: ConsultField) -> String? {
        let shows = showsAllErrors || visited.contains(field)
            || (field == .contactMethod && visited.isSuperset(of: [.phone, .email]))
        guard shows else { return nil }
        return form.error(for: field)?.message
    }

    // MARK: Keys

    /// `action` is what the key map binds `key` to on this screen, if anything.
    mutating func handle(_ key: Key, action: Action?) -> ConsultReply {
        note = nil
        switch stage {
        case .editing: return edit(key, action: action)
        case .review(let top): return review(action, top: top)
        case .confirmingDiscard:
            if action == .confirm { return ConsultReply(effects: keepsDrafts ? [.removeConsultDraft] : [], closes: true) }
            if action == .decline || action == .close { stage = .editing }
            return ConsultReply()
        case .saving:
            return ConsultReply()
        }
    }

    private mutating func edit(_ key: Key, action: Action?) -> ConsultReply {
        // The focused editor gets the key first: typing never reaches a command.
        if case .field(let field) = focus, case .paste(let pasted) = key {
            return paste(pasted, into: field)
        }
        if case .field(let field) = focus {
            if field == .message, message.handle(key, width: inputWidth) { return ConsultReply() }
            if var editor = lineFields[field], editor.handle(key) {
                lineFields[field] = editor
                return ConsultReply()
            }
        }
        switch action {
        case .nextField?, .open?:
            if focus == .submit, action == .open { return submit() }
            return move(by: 1)
        case .previousField?:
            return move(by: -1)
        case .changeChoice?:
            if focus == .field(.contactMethod) {
                let all = ContactMethod.allCases
                let step = key == .left ? all.count - 1 : 1
                contactMethod = all[(all.firstIndex(of: contactMethod)! + step) % all.count]
            } else if focus == .field(.consent), key == .character(" ") {
                consent.toggle()
            } else if focus == .submit {
                return submit()
            }
            return ConsultReply()
        case .submitForm?:
            return submit()
        case .close?:
            guard hasChanges else { return ConsultReply(closes: true) }
            stage = .confirmingDiscard
            return ConsultReply()
        default:
            return ConsultReply()
        }
    }

    /// A paste goes into the field it lands in, whatever it holds (line breaks become
    /// spaces in one-line fields). What does not fit is said, not dropped unseen: the
    /// first part is kept and the note counts what was left out.
    private mutating func paste(_ pasted: String, into field: ConsultField) -> ConsultReply {
        let cleaned = field == .message ? TextArea.insertable(pasted) : TextField.insertable(pasted)
        let before: Int
        if field == .message {
            before = message.text.count
            message.insert(cleaned)
        } else if var editor = lineFields[field] {
            before = editor.text.count
            editor.insert(cleaned)
            lineFields[field] = editor
        } else {
            return ConsultReply()
        }
        let kept = (field == .message ? message.text.count : lineFields[field]?.text.count ?? 0) - before
        let leftOut = cleaned.count - kept
        if leftOut > 0 {
            // The count first: on a narrow status line the end of the note is what gets cut.
            note = tr("%1$s characters did not fit and were left out; the first %2$s are in (%3$s holds %4$s).",
                      localizedCount(leftOut), localizedCount(kept), field.label, localizedCount(field.maximumLength))
        }
        return ConsultReply()
    }

    private mutating func move(by step: Int) -> ConsultReply {
        let order = FormFocus.order
        let index = order.firstIndex(of: focus)! + step
        guard order.indices.contains(index) else { return ConsultReply() }
        return focus(on: order[index])
    }

    /// Moves the focus; leaving a field shows its problems and keeps a draft.
    private mutating func focus(on target: FormFocus) -> ConsultReply {
        if case .field(let left) = focus { visited.insert(left) }
        focus = target
        reveal()
        return ConsultReply(effects: draftEffects())
    }

    private mutating func submit() -> ConsultReply {
        showsAllErrors = true
        let problems = form.validate()
        guard let first = problems.first else {
            stage = .review(top: 0)
            return ConsultReply(effects: draftEffects())
        }
        note = trn("Please fix the answer marked below.", "Please fix the %1$s answers marked below.",
                   problems.count, localizedCount(problems.count))
        return focus(on: .field(first.field))
    }

    private mutating func review(_ action: Action?, top: Int) -> ConsultReply {
        let last = max(0, reviewLines.count - contentHeight)
        switch action {
        case .confirm?:
            stage = .saving
            saveError = nil
            return ConsultReply(effects: [.submitConsult(form)])
        case .close?:
            stage = .editing
        case .down?, .wheelDown?: stage = .review(top: min(last, top + 1))
        case .up?, .wheelUp?: stage = .review(top: max(0, top - 1))
        case .pageDown?: stage = .review(top: min(last, top + contentHeight))
        case .pageUp?: stage = .review(top: max(0, top - contentHeight))
        case .top?: stage = .review(top: 0)
        case .bottom?: stage = .review(top: last)
        default: break
        }
        return ConsultReply()
    }

    // MARK: Saving and drafts

    /// The save failed: back to the form with every answer and the reason.
    mutating func saveFailed(_ reason: String) {
        stage = .editing
        saveError = ConsultConfirmationText.notSaved(Sanitizer.clean(reason))
        focus = .submit
        reveal()
    }

    /// A draft now and then while the form is open, so a hang-up loses little.
    mutating func tick(now: Double) -> [Effect] {
        guard let last = lastDraftTick else {
            lastDraftTick = now
            return []
        }
        guard now - last >= Self.draftInterval else { return [] }
        lastDraftTick = now
        return stage == .editing ? draftEffects() : []
    }

    /// Saves a draft when there is something new to keep; never in kiosk mode.
    mutating func draftEffects() -> [Effect] {
        let current = form
        guard keepsDrafts, hasChanges, current != lastDraft else { return [] }
        lastDraft = current
        return [.saveConsultDraft(current)]
    }

    // MARK: Size and scrolling

    mutating func resize(to newSize: Size) {
        size = newSize
        reveal()
        if case .review(let top) = stage {
            stage = .review(top: min(top, max(0, reviewLines.count - contentHeight)))
        }
    }

    var column: ReadingColumn { ReadingColumn(terminalWidth: size.width) }
    var contentHeight: Int { OverlayChrome.contentHeight(for: size) }
    /// Inputs are indented two cells under their labels.
    var inputWidth: Int { max(1, column.width - 2) }
    /// Rows the message box shows; fewer on short terminals.
    var messageRows: Int { size.height >= 20 ? 4 : 2 }

    /// Scrolls the least needed to show the focused field with its label and problem.
    private mutating func reveal() {
        let rows = layout.rows(of: focus)
        if rows.count > contentHeight || rows.lowerBound < top {
            top = rows.lowerBound
        } else if rows.upperBound > top + contentHeight {
            top = rows.upperBound - contentHeight
        }
        // Showing the notice above the first field whenever it fits.
        if focus == FormFocus.order.first, rows.upperBound <= contentHeight { top = 0 }
    }
}
