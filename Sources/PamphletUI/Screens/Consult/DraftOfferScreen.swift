import PamphletCore

/// Offered at start when a request was left unfinished: continue it, or delete it.
struct DraftOfferScreen: Sendable {
    let draft: ConsultForm
    private var size: Size

    init(draft: ConsultForm, size: Size) {
        self.draft = draft
        self.size = size
    }

    mutating func resize(to newSize: Size) {
        size = newSize
    }

    func draw(into frame: inout Frame, theme: Theme, keyMap: KeyMap) {
        let column = ReadingColumn(terminalWidth: size.width)
        let hints = keyMap.hints([(.confirm, trc("key hint", "continue")), (.decline, trc("key hint", "delete it"))], on: .consultQuestion)
        OverlayChrome(title: ConsultFormScreen.title, hints: hints).draw(into: &frame, column: column, theme: theme)
        let text = [tr("You have an unfinished request. Continue it? y/n"), "",
                    tr("y opens it where you left off; n deletes it.")]
        let lines = text.flatMap { $0.isEmpty ? [""] : WordWrap.wrap($0, width: column.width) }
        for (offset, line) in lines.prefix(OverlayChrome.contentHeight(for: size)).enumerated() {
            frame.put(line, x: column.x, y: OverlayChrome.contentTop + offset,
                      style: offset == 0 ? theme.formLabel : .plain, maxX: column.maxX)
        }
    }
}
