import PamphletCore

/// The form's content as rows, for drawing and for scrolling a field into view:
/// the emergency notice, then each field's label, input and problem, then Submit.
struct ConsultFormLayout {
    enum Tone { case plain, notice, error, subtle }

    enum Row {
        case text(String, Tone)
        /// A field's label; `counter` sits at the right (the message's "12/2,000").
        case label(String, focused: Bool, counter: String?)
        case lineInput(ConsultField)
        /// Row `offset` of the message box (the box draws all its rows from offset 0).
        case messageInput(offset: Int)
        case choice
        case consent(String, first: Bool)
        case submit
        case blank
    }

    private(set) var rows: [(row: Row, owner: FormFocus?)] = []

    init(screen: ConsultFormScreen) {
        let width = screen.column.width
        for line in WordWrap.wrap(ConsultConfirmationText.notForEmergencies, width: width) {
            rows.append((.text(line, .notice), nil))
        }
        for line in WordWrap.wrap(screen.crisisText, width: width) { rows.append((.text(line, .notice), nil)) }
        for focus in FormFocus.order {
            rows.append((.blank, nil))
            let focused = screen.focus == focus
            guard case .field(let field) = focus else {
                if let failure = screen.saveError {
                    for line in WordWrap.wrap(failure, width: width) { rows.append((.text(line, .error), .submit)) }
                }
                rows.append((.submit, .submit))
                continue
            }
            switch field {
            case .consent:
                let box = screen.consent ? "[x] " : "[ ] "
                let lines = WordWrap.wrap(ConsultField.consentStatement, width: max(1, width - 6))
                for (index, line) in lines.enumerated() {
                    rows.append((.consent((index == 0 ? box : "    ") + line, first: index == 0), focus))
                }
            case .message:
                let counter = "\(localizedCount(screen.message.count))/\(localizedCount(field.maximumLength))"
                rows.append((.label(field.labelLine(method: screen.contactMethod), focused: focused, counter: counter), focus))
                for offset in 0..<screen.messageRows { rows.append((.messageInput(offset: offset), focus)) }
            case .contactMethod:
                rows.append((.label(field.labelLine(method: screen.contactMethod), focused: focused, counter: nil), focus))
                rows.append((.choice, focus))
            default:
                rows.append((.label(field.labelLine(method: screen.contactMethod), focused: focused, counter: nil), focus))
                rows.append((.lineInput(field), focus))
            }
            if let problem = screen.shownError(for: field) {
                for line in WordWrap.wrap("! " + problem, width: max(1, width - 2)) {
                    rows.append((.text("  " + line, .error), focus))
                }
            }
        }
    }

    /// The rows that belong to `focus`: its label, input and problem.
    func rows(of focus: FormFocus) -> Range<Int> {
        guard let first = rows.firstIndex(where: { $0.owner == focus }),
              let last = rows.lastIndex(where: { $0.owner == focus }) else { return 0..<0 }
        return first..<(last + 1)
    }
}

extension ConsultFormScreen {
    var layout: ConsultFormLayout { ConsultFormLayout(screen: self) }
}
