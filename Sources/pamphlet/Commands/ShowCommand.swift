import ArgumentParser
import PamphletCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article (or one section) as plain text, word-wrapped.",
        discussion: """
            Anchors are listed by `pamphlet toc ARTICLE`. Links show as their text and a number, \
            "sleep advice[2]"; each section ends with its links as numbered notes saying where \
            each points, with the command that shows a place in the library.

            Examples:
              pamphlet show what-does-ketamine-therapy-feel-like
              pamphlet show what-does-ketamine-therapy-feel-like --section faq --width 60
              pamphlet show what-does-ketamine-therapy-feel-like | less
            """
    )

    static let minimumWidth = 20

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: "The article id (its file name without .md).")
    var article: String

    @Option(name: .long, help: ArgumentHelp("Only the section with this anchor.", valueName: "ANCHOR"))
    var section: String?

    @Option(name: .long, help: ArgumentHelp(
        "Columns to wrap to (default: the terminal's width up to 80; 80 when not a terminal; at least \(minimumWidth)).",
        valueName: "N"))
    var width: Int?

    func validate() throws {
        if let width, width < Self.minimumWidth {
            throw ValidationError("--width must be at least \(Self.minimumWidth).")
        }
    }

    func run() throws {
        let library = try libraryOptions.loadLibrary()
        let found = try library.requireArticle(article)
        if let section, found.section(anchor: section) == nil {
            let anchors = found.allSections.map(\.anchor).joined(separator: ", ")
            throw CommandFailure("article '\(found.id)' has no section '\(section)'; its anchors: \(anchors)")
        }
        let columns = width ?? TerminalWidth.defaultForStandardOutput
        // Plain text cannot follow a link: each section ends with its links as numbered notes.
        let numbered = LinkNotes.numbered(found)
        let lines = LinkNotes.appending(to: ArticleRenderer.render(numbered, width: columns, section: section),
                                        width: columns, article: found, library: library, hint: .showCommand)
        // Rendered spans are sanitized already.
        print(PlainText.render(lines), terminator: "")
    }
}
