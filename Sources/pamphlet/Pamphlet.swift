import ArgumentParser
import PamphletCore

@main
struct Pamphlet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pamphlet",
        abstract: "Read patient-education articles in the terminal.",
        discussion: "With no command, opens the reader on the library (on a terminal) or lists the articles.",
        version: PamphletVersion.string,
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
    }
}
