import ArgumentParser
import PamphletCore

@main
struct Pamphlet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pamphlet",
        abstract: "Read patient-education articles in the terminal.",
        discussion: "With no command, opens the reader on the library (on a terminal) or lists the articles.",
        version: PamphletVersion.string,
        subcommands: [ReadCommand.self, ListCommand.self, ShowCommand.self, TocCommand.self, SearchCommand.self,
                      FAQCommand.self, ConsultCommand.self, RequestsCommand.self, CheckCommand.self]
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var reader: ReaderFlags
    @OptionGroup var storeOptions: StoreOptions

    /// With no subcommand: the reader on a terminal, the library list when piped.
    func run() throws {
        let library = try libraryOptions.loadLibrary()
        let launcher = ReaderLauncher(library: library, flags: reader, requestsFile: storeOptions.requests) {
            LibraryListing.printTable(library)
        }
        try launcher.open()
    }
}
