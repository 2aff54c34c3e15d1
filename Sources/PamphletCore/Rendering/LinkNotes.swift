/// Plain text cannot follow a link, so `show` and the `--plain` reader number each
/// section's links ("sleep advice[2]") and end the section with notes that say where
/// each points ("[2] sleep advice → Sleep, section Naps"), sanitized.
public enum LinkNotes {
    /// A copy of `article` whose links carry their number within their section (the
    /// blocks before the first heading count as one), for `ArticleRenderer`.
    public static func numbered(_ article: Article) -> Article {
        var copy = article
        var counter = 0
        copy.preamble = number(article.preamble, counter: &counter)
        copy.sections = article.sections.map { number($0) }
        return copy
    }

    /// The links of one section's own blocks (not its sub-sections'), by note number.
    public static func links(of section: Section) -> [Link] {
        var counter = 0
        let numbered = number(section.blocks, counter: &counter)
        var links: [Link] = []
        for block in numbered { collect(block, into: &links) }
        return links
    }

    /// How a note may tell the reader to follow an internal link.
    public enum FollowHint: Sendable {
        /// `show`: the command that prints the place.
        case showCommand
        /// The plain reader says once, after the notes, how to follow one.
        case none
    }

    /// `lines` (rendered from a `numbered` article) with each section's notes after it.
    public static func appending(to lines: [RenderedLine], width: Int, article: Article, library: Library,
                                 hint: FollowHint) -> [RenderedLine] {
        var out: [RenderedLine] = []
        /// The section's links in order of their numbers, each with its text so far.
        var notes: [(link: Link, text: String)] = []
        var last: RenderedLine?

        func flush() {
            guard !notes.isEmpty, let last else { return }
            func add(_ spans: [Span]) {
                out.append(RenderedLine(spans: spans, anchor: last.anchor, sourceLine: last.sourceLine))
            }
            add([])
            add([Span(LinkNoteText.header, .meta)])
            for note in notes {
                let place = LinkNoteText.place(of: note.link, resolved: library.resolve(note.link, from: article),
                                               hint: hint)
                let text = LinkNoteText.note(number: note.link.noteNumber ?? 0,
                                             text: note.text.trimmingWhitespace(), place: place)
                let indent = String(repeating: " ", count: "[\(note.link.noteNumber ?? 0)] ".count)
                WordWrap.wrap(Sanitizer.spans(text, role: .meta), width: width,
                              continuationPrefix: [Span(indent)]).forEach(add)
            }
            notes = []
        }

        for line in lines {
            if let last, line.isHeading || line.anchor != last.anchor { flush() }
            var previous: Link?
            for span in line.spans {
                guard case .link(let link) = span.role, link.noteNumber != nil else {
                    previous = nil
                    continue
                }
                if let index = notes.lastIndex(where: { $0.link == link }) {
                    // A link wrapped over two lines goes on after a space.
                    notes[index].text += (previous == link ? "" : " ") + span.text
                } else {
                    notes.append((link, span.text))
                }
                previous = link
            }
            out.append(line)
            last = line
        }
        flush()
        return out
    }

    // MARK: Numbering

    private static func number(_ section: Section) -> Section {
        var copy = section
        var counter = 0
        copy.blocks = number(section.blocks, counter: &counter)
        copy.children = section.children.map { number($0) }
        return copy
    }

    private static func number(_ blocks: [Block], counter: inout Int) -> [Block] {
        blocks.map { block in
            var copy = block
            switch block.kind {
            case .paragraph(let inlines): copy.kind = .paragraph(number(inlines, counter: &counter))
            case .list(let ordered, let start, let tight, let items):
                copy.kind = .list(ordered: ordered, start: start, tight: tight,
                                  items: items.map { number($0, counter: &counter) })
            case .quote(let children): copy.kind = .quote(number(children, counter: &counter))
            case .table(var table):
                table.header = table.header.map { number($0, counter: &counter) }
                table.rows = table.rows.map { row in row.map { number($0, counter: &counter) } }
                copy.kind = .table(table)
            case .code, .thematicBreak, .html: break
            }
            return copy
        }
    }

    private static func number(_ inlines: [Inline], counter: inout Int) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .link(var link, let children):
                counter += 1
                link.noteNumber = counter
                return .link(link, number(children, counter: &counter))
            case .emphasis(let c): return .emphasis(number(c, counter: &counter))
            case .strong(let c): return .strong(number(c, counter: &counter))
            case .strikethrough(let c): return .strikethrough(number(c, counter: &counter))
            case .image, .text, .code, .softBreak, .lineBreak, .html: return inline
            }
        }
    }

    private static func collect(_ block: Block, into links: inout [Link]) {
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .link(let link, let children): links.append(link); visit(children)
                case .emphasis(let c), .strong(let c), .strikethrough(let c): visit(c)
                case .image, .text, .code, .softBreak, .lineBreak, .html: break
                }
            }
        }
        switch block.kind {
        case .paragraph(let inlines): visit(inlines)
        case .list(_, _, _, let items): items.joined().forEach { collect($0, into: &links) }
        case .quote(let children): children.forEach { collect($0, into: &links) }
        case .table(let table):
            table.header.forEach(visit)
            table.rows.joined().forEach(visit)
        case .code, .thematicBreak, .html: break
        }
    }
}

/// The words of link notes.
public enum LinkNoteText {
    public static var header: String { tr("Links:") }

    public static func note(number: Int, text: String, place: String) -> String {
        "[\(number)] \(text) → \(place)"
    }

    /// Where a link leads, as a patient would say it; sanitized.
    static func place(of link: Link, resolved: LinkResolution, hint: LinkNotes.FollowHint) -> String {
        switch resolved {
        case .external(let address): return address.text
        case .unsupported: return tr("%1$s (Pamphlet cannot follow it)", Sanitizer.clean(link.destination))
        case .broken: return tr("a page that is not in this library")
        case .article(let article, let section):
            let title = Sanitizer.clean(article.title)
            let command = "pamphlet show \(Sanitizer.clean(article.id))"
            guard let section else {
                return hint == .showCommand ? "\(title) (\(command))" : title
            }
            let place = tr("%1$s, section %2$s", title, Sanitizer.clean(section.title))
            return hint == .showCommand ? "\(place) (\(command) --section \(section.anchor))" : place
        }
    }
}
