import PamphletCore

/// Who to contact right now: the current article's crisis text, else the library's.
struct CrisisScreen: Sendable {
    static let fallback = "This library names no crisis line. If you are in danger now, "
        + "call your local emergency number."

    let text: String
    private var size: Size

    init(article: Article?, library: Library, size: Size) {
        let candidates = [article?.meta.crisis] + library.articles.map(\.meta.crisis)
        let found = candidates.lazy.compactMap { $0 }.map(Sanitizer.clean).first { !$0.isEmpty }
        text = found ?? Self.fallback
        self.size = size
    }

    mutating func resize(to newSize: Size) {
        size = newSize
    }

    func draw(into frame: inout Frame, theme: Theme, keyMap: KeyMap) {
        let column = ReadingColumn(terminalWidth: size.width)
        let hints = keyMap.hints([(.close, "close")], on: .crisis)
        OverlayChrome(title: "Crisis help", hints: hints).draw(into: &frame, column: column, theme: theme)
        let lines = WordWrap.wrap(text, width: column.width)
        for (offset, line) in lines.prefix(OverlayChrome.contentHeight(for: size)).enumerated() {
            frame.put(line, x: column.x, y: OverlayChrome.contentTop + offset, style: theme.crisisText)
        }
    }
}
