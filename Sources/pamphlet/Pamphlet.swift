import ArgumentParser
import PamphletCore

@main
struct Pamphlet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pamphlet",
        abstract: "Read patient-education articles in the terminal.",
        discussion: "With no command, opens the reader on the library (on a terminal) or lists the articles.",
        version: PamphletVersion.string,
<<<<<<< HEAD
        subcommands: [ReadCommand.self]
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var reader: ReaderFlags

    func run() throws {
        let library = try library.load()
        let launcher = ReaderLauncher(library: library, flags: reader) {
            for article in library.articles { print("\(article.id)\t\(article.title)") }
        }
        try launcher.open()
=======
        subcommands: [ListCommand.self, ShowCommand.self, TocCommand.self, ConsultCommand.self, RequestsCommand.self,
                      CheckCommand.self]
    )

    @OptionGroup var libraryOptions: LibraryOptions

    /// With no subcommand: the reader on a terminal, the library list when piped.
    func run() throws {
        let library = try libraryOptions.loadLibrary()
        if TerminalOutput.standardOutputIsTerminal {
            try runInteractiveReader(library: library)
        } else {
            LibraryListing.printTable(library)
        }
>>>>>>> main
    }
}
