import PamphletCore

/// An article cut into the pieces the line-oriented reader offers by number:
/// its sections in document order (FAQ questions marked as questions), each
/// with its own text (not its sub-sections'), as screen-reader-friendly lines.
struct PlainOutline {
    struct Entry {
        var title: String
        var anchor: String
        var isQuestion: Bool
        var lines: [String]
        /// The heading's line in the article file: what reading positions record.
        var sourceLine: Int
        /// The links of the section, by their note numbers: `g 2` follows the second.
        var links: [Link] = []
    }

    let entries: [Entry]
    var sections: [Entry] { entries.filter { !$0.isQuestion } }
    var questions: [Entry] { entries.filter(\.isQuestion) }

    /// Lines are not wrapped: a screen reader or the terminal wraps them better.
    private static let unwrappedWidth = 10_000

    init(article: Article, library: Library) {
        let questionAnchors = Set(article.faq.map(\.anchor))
        var linesByAnchor: [String: [String]] = [:]
        let rendered = ArticleRenderer.render(LinkNotes.numbered(article), width: Self.unwrappedWidth)
        for line in LinkNotes.appending(to: rendered, width: Self.unwrappedWidth, article: article, library: library,
                                        hint: .none) {
            guard let anchor = line.anchor, let text = Self.speakable(line) else { continue }
            linesByAnchor[anchor, default: []].append(text)
        }
        entries = article.allSections.map { section in
            Entry(title: Sanitizer.clean(section.title), anchor: section.anchor,
                  isQuestion: questionAnchors.contains(section.anchor),
                  lines: Self.trimmingBlankEnds(linesByAnchor[section.anchor] ?? []),
                  sourceLine: section.line, links: LinkNotes.links(of: section))
        }
    }

    /// A rendered line without box drawing (heading underlines, rules, table
    /// borders), which screen readers spell out one character at a time; nil
    /// when the line was nothing but drawing. A quote's bar becomes ">".
    private static func speakable(_ line: RenderedLine) -> String? {
        var text = ""
        for span in line.spans {
            text += span.text.replacingBoxDrawing(with: span.role == .quote ? ">" : " ")
        }
        while text.last == " " { text.removeLast() }
        let wasOnlyDrawing = !line.text.isEmpty && text.isEmpty
        return wasOnlyDrawing ? nil : text
    }

    private static func trimmingBlankEnds(_ lines: [String]) -> [String] {
        var lines = lines[...]
        while lines.first?.isEmpty == true { lines = lines.dropFirst() }
        while lines.last?.isEmpty == true { lines = lines.dropLast() }
        return Array(lines)
    }
}

private extension String {
    func replacingBoxDrawing(with replacement: Character) -> String {
        String(map { character in
            let isBoxDrawing = character.unicodeScalars.first.map { (0x2500...0x257F).contains($0.value) } ?? false
            return isBoxDrawing ? replacement : character
        })
    }
}
