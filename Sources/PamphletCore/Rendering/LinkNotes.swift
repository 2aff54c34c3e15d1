/// Plain text has no way to follow a link, so `show` and the `--plain` reader list
/// each section's links as numbered notes at its end: the link's text and where it
/// points, as the author wrote it (sanitized).
public enum LinkNotes {
    public static func appending(to lines: [RenderedLine], width: Int) -> [RenderedLine] {
        var out: [RenderedLine] = []
        var notes: [(text: String, target: String)] = []
        /// The link whose text is being collected (it may wrap over lines).
        var open: (text: String, target: String)?
        var last: RenderedLine?

        func close() {
            guard let link = open else { return }
            var text = link.text
            while text.last == " " { text.removeLast() }
            notes.append((text, link.target))
            open = nil
        }
        func flush() {
            close()
            guard !notes.isEmpty, let last else { return }
            func add(_ spans: [Span]) {
                out.append(RenderedLine(spans: spans, anchor: last.anchor, sourceLine: last.sourceLine))
            }
            add([])
            add([Span("Links:", .meta)])
            for (index, note) in notes.enumerated() {
                let text = "\(index + 1). \(note.text) → \(Sanitizer.clean(note.target))"
                WordWrap.wrap([Span(text, .meta)], width: width, continuationPrefix: [Span("   ")]).forEach(add)
            }
            notes = []
        }

        for line in lines {
            if let last, line.isHeading || line.anchor != last.anchor { flush() }
            for span in line.spans {
                if case .link(let target) = span.role {
                    if open?.target != target { close(); open = ("", target) }
                    open?.text += span.text
                } else {
                    close()
                }
            }
            // A link that reaches the end of a line may go on on the next one, after a space.
            open?.text += " "
            out.append(line)
            last = line
        }
        flush()
        return out
    }
}
