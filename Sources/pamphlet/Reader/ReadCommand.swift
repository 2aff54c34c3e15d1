import ArgumentParser
import PamphletCore

/// `pamphlet read ARTICLE [--section ANCHOR]`: the reader on one article.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on one article (plain text when not on a terminal).",
        discussion: """
            Examples:
              pamphlet read what-does-ketamine-therapy-feel-like
              pamphlet read what-does-ketamine-therapy-feel-like --section faq
              pamphlet read what-does-ketamine-therapy-feel-like --plain     for a screen reader
            """
    )

    @Argument(help: "The article id (its file name without .md).")
    var article: String

    @Option(help: "Start at this section (an anchor from `pamphlet toc`).")
    var section: String?

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var reader: ReaderFlags
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let (library, settings) = try libraryOptions.loadLibraryWithSettings()
        let article = try library.requireArticle(article)
        if let section, article.section(anchor: section) == nil {
            throw CommandFailure("article '\(article.id)' has no section '\(section)' (`pamphlet toc \(article.id)` lists them)")
        }
        let launcher = ReaderLauncher(library: library, settings: settings, flags: reader, requestsFile: storeOptions.requests) {
            // What `pamphlet show` prints; rendered spans are sanitized already.
            let width = TerminalWidth.defaultForStandardOutput
            let rendered = ArticleRenderer.render(LinkNotes.numbered(article), width: width, section: section)
            let lines = LinkNotes.appending(to: rendered, width: width, article: article, library: library,
                                            hint: .showCommand)
            print(PlainText.render(lines), terminator: "")
        }
        try launcher.open(article: article.id, section: section)
    }
}
