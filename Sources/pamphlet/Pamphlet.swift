import ArgumentParser
import PamphletCore

@main
struct Pamphlet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pamphlet",
        abstract: "Read patient-education articles in the terminal.",
        version: PamphletVersion.string,
        subcommands: [ListCommand.self, TocCommand.self, ShowCommand.self]
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
    }
}
