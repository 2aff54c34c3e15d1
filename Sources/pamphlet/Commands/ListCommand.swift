import ArgumentParser
import PamphletCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles of the library.",
        discussion: """
            Summaries are wrapped to the terminal's width (or --width); piped, each stays on one line. \
            SECTIONS counts every heading, the FAQ questions included. \
            JSON output is an array of {id, title, summary, language, sections, faqs}
            (sections not counting the FAQ's questions, which faqs counts).

            Examples:
              pamphlet list
              pamphlet list --library /srv/clinic/articles
              pamphlet list --json | jq -r '.[].id'
            """
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Flag(name: .long, help: "Print a JSON array for scripts.")
    var json = false

    @Option(name: .long, help: ArgumentHelp(
        "Columns to wrap titles and summaries to (default: the terminal's width; not wrapped when not a terminal).",
        valueName: "N"))
    var width: Int?

    func validate() throws {
        if let width, width < ShowCommand.minimumWidth {
            throw ValidationError("--width must be at least \(ShowCommand.minimumWidth).")
        }
    }

    func run() throws {
        let library = try libraryOptions.loadLibrary()
        if json {
            try JSONOutput.print(library.entries.map(ArticleListing.init))
        } else {
            LibraryListing.printTable(library, width: width ?? TerminalWidth.standardOutputColumns)
        }
    }
}

extension ArticleListing {
    /// The row with line breaks and tabs shown as symbols (␊, ␍, ␉), as other controls
    /// are: a file named "a\nb.md" must not print a second, forged row.
    var oneLine: ArticleListing {
        func flat(_ text: String) -> String {
            text.replacing("\n", with: "\u{240A}").replacing("\t", with: "\u{2409}")
        }
        var row = self
        row.id = flat(id)
        row.title = flat(title)
        row.summary = summary.map(flat)
        row.language = flat(language)
        return row
    }
}

/// One row of `pamphlet list`.
struct ArticleListing: Encodable {
    var id: String
    var title: String
    var summary: String?
    var language: String
    var sections: Int
    var faqs: Int

    init(_ article: ArticleEntry) {
        id = Sanitizer.clean(article.id)
        title = Sanitizer.clean(article.title)
        summary = article.summary.map(Sanitizer.clean)
        language = Sanitizer.clean(article.language)
        sections = article.sections
        faqs = article.faqs
    }

    private enum CodingKeys: String, CodingKey { case id, title, summary, language, sections, faqs }

    /// `summary` is always present (null when the article has none), so scripts need not test for the key.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(summary, forKey: .summary)
        try container.encode(language, forKey: .language)
        try container.encode(sections, forKey: .sections)
        try container.encode(faqs, forKey: .faqs)
    }
}

/// The human-readable library table, also what a bare `pamphlet` prints when piped.
enum LibraryListing {
    /// `width`: wrap titles and summaries at word boundaries to fit it (a terminal
    /// breaks them mid-word otherwise); nil keeps each on one line, for pipes.
    static func printTable(_ library: Library, width: Int? = nil) {
        guard !library.entries.isEmpty else {
            TerminalOutput.line("No articles in \(library.directory).")
            return
        }
        let rows = library.entries.map(ArticleListing.init).map(\.oneLine)
        let idWidth = max(DisplayWidth.of("ID"), rows.map { DisplayWidth.of($0.id) }.max() ?? 0)
        func padded(_ text: String, to width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        }
        func rightAligned(_ number: Int, _ header: String) -> String {
            let text = String(number)
            return String(repeating: " ", count: max(0, header.count - text.count)) + text
        }
        let titleColumn = idWidth + 2 + 6 + 10 + 6
        // Below 30 columns of room a summary would be a word per line: indent it less.
        let summaryIndent = width.map { $0 - titleColumn < 30 ? 4 : titleColumn } ?? titleColumn
        func wrapped(_ text: String, first: String, rest: String) -> [String] {
            guard let width else { return [first + text] }
            return WordWrap.wrap(text, width: width, firstPrefix: first, continuationPrefix: rest)
        }
        if let width, width - titleColumn < 20 {
            // Too narrow for the table: one block per article, every line wrapped.
            for row in rows {
                TerminalOutput.line(row.id)
                let counts = "\(row.language) · \(row.sections) section\(row.sections == 1 ? "" : "s") · "
                    + "\(row.faqs) FAQ\(row.faqs == 1 ? "" : "s")"
                for line in wrapped(row.title, first: "  ", rest: "  ") + wrapped(counts, first: "  ", rest: "  ") {
                    TerminalOutput.line(line)
                }
                if let summary = row.summary {
                    for line in wrapped(summary, first: "    ", rest: "    ") { TerminalOutput.line(line) }
                }
            }
            return
        }
        TerminalOutput.line("\(padded("ID", to: idWidth))  LANG  SECTIONS  FAQS  TITLE")
        for row in rows {
            let columns = "\(padded(row.id, to: idWidth))  \(padded(row.language, to: 4))  "
                + "\(rightAligned(row.sections, "SECTIONS"))  \(rightAligned(row.faqs, "FAQS"))  "
            for line in wrapped(row.title, first: columns, rest: String(repeating: " ", count: titleColumn)) {
                TerminalOutput.line(line)
            }
            if let summary = row.summary {
                let indent = String(repeating: " ", count: summaryIndent)
                for line in wrapped(summary, first: indent, rest: indent) { TerminalOutput.line(line) }
            }
        }
    }
}
