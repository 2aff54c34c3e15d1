import ArgumentParser
import PamphletCore

struct TocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toc",
        abstract: "Show an article's sections and FAQ questions with their anchors.",
        discussion: """
            JSON output: {id, title, sections: [{title, anchor, level, children}], \
            faq: [{question, anchor, keywords}]}.

            Examples:
              pamphlet toc what-does-ketamine-therapy-feel-like
              pamphlet toc what-does-ketamine-therapy-feel-like --json | jq -r '.faq[].anchor'
            """
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: "The article id (its file name without .md; see `pamphlet list`).")
    var article: String

    @Flag(name: .long, help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        let found = try libraryOptions.loadLibrary().requireArticle(article)
        let contents = TableOfContents(found)
        if json {
            try JSONOutput.print(contents)
        } else {
            contents.printOutline()
        }
    }
}

/// The sections and FAQ questions of one article, for `pamphlet toc`.
struct TableOfContents: Encodable {
    struct Entry: Encodable {
        var title: String
        var anchor: String
        var level: Int
        var children: [Entry]

        init(_ section: Section) {
            title = Sanitizer.clean(section.title)
            anchor = Sanitizer.clean(section.anchor)
            level = section.level
            children = section.children.map(Entry.init)
        }
    }

    struct Question: Encodable {
        var question: String
        var anchor: String
        var keywords: [String]
    }

    var id: String
    var title: String
    var sections: [Entry]
    var faq: [Question]

    init(_ article: Article) {
        id = Sanitizer.clean(article.id)
        title = Sanitizer.clean(article.title)
        sections = article.sections.map(Entry.init)
        faq = article.faq.map {
            Question(question: Sanitizer.clean($0.question), anchor: Sanitizer.clean($0.anchor),
                     keywords: $0.keywords.map(Sanitizer.clean))
        }
    }

    /// Titles indented by depth, each followed by its `#anchor`.
    func printOutline() {
        TerminalOutput.line(title)
        TerminalOutput.line()
        TerminalOutput.line("Sections:")
        func printEntry(_ entry: Entry, depth: Int) {
            TerminalOutput.line(String(repeating: "  ", count: depth + 1) + "\(entry.title)  #\(entry.anchor)")
            entry.children.forEach { printEntry($0, depth: depth + 1) }
        }
        sections.forEach { printEntry($0, depth: 0) }
        guard !faq.isEmpty else { return }
        TerminalOutput.line()
        TerminalOutput.line("FAQ:")
        for question in faq {
            TerminalOutput.line("  \(question.question)  #\(question.anchor)")
        }
    }
}
