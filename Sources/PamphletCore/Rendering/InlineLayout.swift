/// Turns a paragraph's inline content into sanitized spans for wrapping.
enum InlineLayout {
    /// The spans of `inlines`, one array per hard line break (`lineBreak` or a
    /// backslash/two-space break in Markdown). Text roles nest as a reader
    /// expects: emphasis inside strong is `.strongEmphasis`; a link's text is
    /// `.link` and, for a link that leaves the library, is followed by " <url>"
    /// (`.linkTarget`) unless the text is the URL itself. A link to another article
    /// or a section shows as its text alone: the reader follows it with Enter.
    /// A link numbered for plain text (`Link.noteNumber`) is followed by its note's
    /// number, "[1]", instead: the note says where it points.
    static func spanLines(_ inlines: [Inline], role: SpanRole = .body) -> [[Span]] {
        var lines: [[Span]] = [[]]
        append(inlines, role: role, to: &lines)
        return lines
    }

    private static func append(_ inlines: [Inline], role: SpanRole, to lines: inout [[Span]]) {
        for inline in inlines {
            switch inline {
            case .text(let text), .html(let text):
                lines[lines.count - 1] += Sanitizer.spans(text, role: role)
            case .code(let text):
                lines[lines.count - 1] += Sanitizer.spans(text, role: .code)
            case .emphasis(let children):
                append(children, role: combining(role, with: .emphasis), to: &lines)
            case .strong(let children):
                append(children, role: combining(role, with: .strong), to: &lines)
            case .strikethrough(let children):
                append(children, role: role, to: &lines)
            case .link(let link, let children):
                append(children, role: .link(link), to: &lines)
                if let number = link.noteNumber {
                    lines[lines.count - 1].append(Span("[\(number)]", .linkTarget))
                } else if !link.target.isInternal,
                          !isSelfDescribing(url: link.destination, text: children.plainText) {
                    lines[lines.count - 1] += Sanitizer.spans(" <\(link.destination)>", role: .linkTarget)
                }
            case .image(let url, let alt):
                let description = alt.plainText.isEmpty ? "[image]" : "[image: \(alt.plainText)]"
                lines[lines.count - 1] += Sanitizer.spans(description, role: .meta)
                if !url.isEmpty { lines[lines.count - 1] += Sanitizer.spans(" <\(url)>", role: .linkTarget) }
            case .softBreak:
                lines[lines.count - 1].append(Span(" ", role))
            case .lineBreak:
                lines.append([])
            }
        }
    }

    private static func combining(_ outer: SpanRole, with inner: SpanRole) -> SpanRole {
        switch (outer, inner) {
        case (.strong, .emphasis), (.emphasis, .strong), (.strongEmphasis, _): return .strongEmphasis
        case (.link, _): return outer
        default: return inner
        }
    }

    /// True when printing the URL after the text would only repeat it
    /// (autolinks such as `<https://988lifeline.org>` or a bare e-mail address).
    private static func isSelfDescribing(url: String, text: String) -> Bool {
        url == text || url == "mailto:" + text || url == "tel:" + text
    }
}
