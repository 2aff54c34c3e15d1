import PamphletCore

extension ConsultFormScreen {
    static var title: String { tr("Request a consultation") }

    func draw(into frame: inout Frame, theme: Theme, keyMap: KeyMap) {
        let column = column
        switch stage {
        case .editing, .confirmingDiscard:
            frame.put(Self.title.truncated(toWidth: column.width), x: column.x, y: 0, style: theme.title)
            drawFields(into: &frame, theme: theme)
            drawStatus(into: &frame, theme: theme, keyMap: keyMap)
        case .review(let top):
            let hints = keyMap.hints([(.confirm, trc("key hint", "save")), (.close, trc("key hint", "change"))], on: .consultReview)
            OverlayChrome(title: tr("Check your request"), hints: hints).draw(into: &frame, column: column, theme: theme)
            for (offset, line) in reviewLines.dropFirst(top).prefix(contentHeight).enumerated() {
                let style = line.isCrisis ? theme.crisisText : line.isLabel ? theme.formLabel : .plain
                frame.put(line.text, x: column.x, y: OverlayChrome.contentTop + offset, style: style, maxX: column.maxX)
            }
        case .saving:
            OverlayChrome(title: Self.title, hints: "").draw(into: &frame, column: column, theme: theme)
            frame.put(tr("Saving your request…").truncated(toWidth: column.width), x: column.x,
                      y: OverlayChrome.contentTop)
        }
    }

    private func drawFields(into frame: inout Frame, theme: Theme) {
        let column = column
        let rows = layout.rows
        let inputX = column.x + 2
        for offset in 0..<contentHeight {
            let index = top + offset
            guard rows.indices.contains(index) else { break }
            let y = OverlayChrome.contentTop + offset
            let (row, owner) = rows[index]
            let focused = owner == focus && stage == .editing
            switch row {
            case .blank:
                break
            case .text(let text, let tone):
                let style: Style = switch tone {
                case .plain: .plain
                case .notice: theme.crisisText
                case .error: theme.formError
                case .subtle: theme.subtle
                }
                frame.put(text, x: column.x, y: y, style: style, maxX: column.maxX)
            case .label(let text, let marked, let counter):
                let counterWidth = counter.map { DisplayWidth.of($0) + 1 } ?? 0
                let label = ((marked ? "› " : "  ") + text).truncated(toWidth: column.width - counterWidth)
                frame.put(label, x: column.x, y: y, style: theme.formLabel, maxX: column.maxX)
                if let counter {
                    frame.put(counter, x: column.maxX - DisplayWidth.of(counter), y: y, style: theme.subtle)
                }
            case .lineInput(let field):
                lineFields[field]?.draw(into: &frame, x: inputX, y: y, width: inputWidth,
                                        style: focused ? theme.focusedInput : theme.formInput,
                                        placeholder: field.placeholder, focused: focused)
            case .messageInput(let offset):
                // The box draws all its rows at once, clipped to what is on screen.
                guard offset == 0 || index == top else { break }
                let rowsShown = min(messageRows - offset, OverlayChrome.contentTop + contentHeight - y)
                message.draw(into: &frame, x: inputX, y: y, width: inputWidth, height: rowsShown,
                             style: focused ? theme.focusedInput : theme.formInput,
                             placeholder: offset == 0 ? ConsultField.message.placeholder : "", focused: focused)
            case .choice:
                let choice = "‹ \(contactMethod.label) ›"
                frame.put(choice, x: inputX, y: y, style: focused ? theme.focusedInput : theme.formInput,
                          maxX: column.maxX)
            case .consent(let text, let first):
                frame.put((first && focused ? "› " : "  ") + text, x: column.x, y: y,
                          style: first && focused ? theme.focusedInput : .plain, maxX: column.maxX)
                if first, focused { frame.cursor = (column.x + 3, y) }
            case .submit:
                let button = "[ " + tr("Submit") + " ]"
                frame.put((focused ? "› " : "  ") + button, x: column.x, y: y,
                          style: focused ? theme.focusedInput : theme.formLabel, maxX: column.maxX)
            }
        }
    }

    private func drawStatus(into frame: inout Frame, theme: Theme, keyMap: KeyMap) {
        let y = frame.height - 1
        if stage == .confirmingDiscard {
            let hints = keyMap.hints([(.confirm, trc("key hint", "discard")), (.decline, trc("key hint", "keep editing"))],
                                     on: .consultQuestion)
            frame.putBar(left: tr("Discard your request? y/n"), right: hints, y: y, style: theme.statusBar)
            return
        }
        let hint: String = switch focus {
        case .field(let field): field.hint
        case .submit: tr("Enter: check your answers before they are saved.")
        }
        // On narrow terminals the field's hint matters more than the keys, which Help lists.
        let hints = frame.width < 60 ? "" : keyMap.hints([(.submitForm, trc("key hint", "review")), (.close, trc("key hint", "leave"))], on: .consultForm)
        frame.putBar(left: note ?? saveError.map { _ in tr("Not saved. Your answers are kept.") } ?? hint,
                     right: hints, y: y, style: theme.statusBar)
    }

    // MARK: Review

    struct ReviewLine {
        let text: String
        let isLabel: Bool
        var isCrisis = false
    }

    /// The answers as the patient will send them, one "Label: answer" each, wrapped.
    var reviewLines: [ReviewLine] {
        let width = column.width
        let form = form
        var lines: [ReviewLine] = []
        func add(_ text: String, label: Bool = false, indent: String = "") {
            for (index, line) in WordWrap.wrap(text, width: max(1, width - indent.count)).enumerated() {
                lines.append(ReviewLine(text: (index == 0 ? "" : indent) + line, isLabel: label))
            }
        }
        // Crisis language in the message: help comes before anything else on the screen.
        if let help = crisisHelp {
            for line in CrisisPanel.consultLines(for: help, width: width) {
                lines.append(ReviewLine(text: line, isLabel: false, isCrisis: true))
            }
            lines.append(ReviewLine(text: "", isLabel: false))
        }
        add(tr("Nothing is saved until you confirm."))
        lines.append(ReviewLine(text: "", isLabel: false))
        func answer(_ field: ConsultField, _ value: String) {
            let shown = value.trimmingWhitespace.isEmpty ? tr("(none)") : value
            add(tr("%1$s: %2$s", field.label, shown), indent: "  ")
        }
        answer(.name, form.name)
        answer(.contactMethod, form.contactMethod.label)
        answer(.phone, form.phone)
        answer(.email, form.email)
        answer(.bestTime, form.bestTime)
        answer(.topic, form.topic)
        if form.message.trimmingWhitespace.isEmpty {
            answer(.message, "")
        } else {
            add(tr("%1$s:", ConsultField.message.label))
            for paragraph in form.message.split(separator: "\n", omittingEmptySubsequences: false) {
                if paragraph.isEmpty { lines.append(ReviewLine(text: "", isLabel: false)); continue }
                for line in WordWrap.wrap(String(paragraph), width: max(1, width - 2)) {
                    lines.append(ReviewLine(text: "  " + line, isLabel: false))
                }
            }
        }
        add(tr("%1$s: %2$s", ConsultField.consent.label, tr("Yes, the clinic may contact me about this request.")), indent: "  ")
        lines.append(ReviewLine(text: "", isLabel: false))
        add(tr("Enter or y saves it; e or Esc goes back to change an answer."), label: true)
        return lines
    }
}

extension String {
    var trimmingWhitespace: Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return self[first...last]
    }
}
