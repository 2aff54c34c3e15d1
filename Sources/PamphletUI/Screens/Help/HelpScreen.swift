import PamphletCore

/// Every key binding, grouped, generated from the key map the reader dispatches with.
struct HelpScreen: Sendable {
    private let keyMap: KeyMap
    private var size: Size
    private(set) var rows: [HelpRow] = []
    private(set) var top = 0

    struct HelpRow: Sendable, Equatable {
        enum Kind: Sendable { case groupTitle, binding, blank }
        let kind: Kind
        let keys: String
        let text: String
    }

    init(keyMap: KeyMap, size: Size) {
        self.keyMap = keyMap
        self.size = size
        layOut()
    }

    private var column: ReadingColumn { ReadingColumn(terminalWidth: size.width) }
    private var visibleRows: Int { OverlayChrome.contentHeight(for: size) }
    private var keyColumnWidth: Int {
        min(max(4, column.width / 3), (keyMap.bindings.map { DisplayWidth.of($0.keyLabel) }.max() ?? 0) + 2)
    }

    private mutating func layOut() {
        let descriptionWidth = max(1, column.width - keyColumnWidth)
        rows = []
        for group in KeyBinding.Group.allCases {
            let bindings = keyMap.bindings(in: group)
            guard !bindings.isEmpty else { continue }
            if !rows.isEmpty { rows.append(HelpRow(kind: .blank, keys: "", text: "")) }
            // Wrapped, not cut, when a title is wider than the column (as Spanish ones often are).
            for line in WordWrap.wrap(group.title, width: column.width) {
                rows.append(HelpRow(kind: .groupTitle, keys: "", text: line))
            }
            for binding in bindings {
                let lines = WordWrap.wrap(binding.description, width: descriptionWidth)
                for (index, line) in lines.enumerated() {
                    rows.append(HelpRow(kind: .binding, keys: index == 0 ? binding.keyLabel : "", text: line))
                }
            }
        }
        top = min(top, lastTop)
    }

    private var lastTop: Int { max(0, rows.count - visibleRows) }

    mutating func resize(to newSize: Size) {
        size = newSize
        layOut()
    }

    mutating func perform(_ action: Action) {
        switch action {
        case .down: top += 1
        case .up: top -= 1
        case .wheelDown: top += 3
        case .wheelUp: top -= 3
        case .pageDown: top += visibleRows
        case .pageUp: top -= visibleRows
        case .halfPageDown: top += max(1, visibleRows / 2)
        case .halfPageUp: top -= max(1, visibleRows / 2)
        case .top: top = 0
        case .bottom: top = lastTop
        default: break
        }
        top = min(max(0, top), lastTop)
    }

    func draw(into frame: inout Frame, theme: Theme) {
        let column = column
        let hints = keyMap.hints([(.pageDown, trc("key hint", "more")), (.close, trc("key hint", "close"))], on: .help)
        OverlayChrome(title: tr("Keys"), hints: hints).draw(into: &frame, column: column, theme: theme)
        for offset in 0..<visibleRows {
            guard rows.indices.contains(top + offset) else { break }
            let row = rows[top + offset]
            let y = OverlayChrome.contentTop + offset
            switch row.kind {
            case .groupTitle: frame.put(row.text, x: column.x, y: y, style: theme.sectionTitle, maxX: column.maxX)
            case .binding:
                frame.put(row.keys.truncated(toWidth: keyColumnWidth - 1), x: column.x, y: y, style: theme.title)
                frame.put(row.text, x: column.x + keyColumnWidth, y: y, maxX: column.maxX)
            case .blank: break
            }
        }
    }
}
