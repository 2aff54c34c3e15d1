import ArgumentParser
import PamphletCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles of the library.",
        discussion: "JSON output is an array of {id, title, summary, language, sections, faqs}."
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Flag(name: .long, help: "Print a JSON array for scripts.")
    var json = false

    func run() throws {
        let library = try libraryOptions.loadLibrary()
        if json {
            try JSONOutput.print(library.articles.map(ArticleListing.init))
        } else {
            LibraryListing.printTable(library)
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

    init(_ article: Article) {
        id = Sanitizer.clean(article.id)
        title = Sanitizer.clean(article.title)
        summary = article.meta.summary.map(Sanitizer.clean)
        language = Sanitizer.clean(article.meta.language)
        sections = article.allSections.count
        faqs = article.faq.count
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
    static func printTable(_ library: Library) {
        guard !library.articles.isEmpty else {
            TerminalOutput.line("No articles in \(library.directory).")
            return
        }
        let rows = library.articles.map(ArticleListing.init)
        let idWidth = max(DisplayWidth.of("ID"), rows.map { DisplayWidth.of($0.id) }.max() ?? 0)
        func padded(_ text: String, to width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        }
        func rightAligned(_ number: Int, _ header: String) -> String {
            let text = String(number)
            return String(repeating: " ", count: max(0, header.count - text.count)) + text
        }
        TerminalOutput.line("\(padded("ID", to: idWidth))  LANG  SECTIONS  FAQS  TITLE")
        let summaryIndent = String(repeating: " ", count: idWidth + 2 + 6 + 10 + 6)
        for row in rows.map(\.oneLine) {
            TerminalOutput.line("\(padded(row.id, to: idWidth))  \(padded(row.language, to: 4))  "
                + "\(rightAligned(row.sections, "SECTIONS"))  \(rightAligned(row.faqs, "FAQS"))  \(row.title)")
            if let summary = row.summary {
                TerminalOutput.line(summaryIndent + summary)
            }
        }
    }
}
