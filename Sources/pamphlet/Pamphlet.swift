import ArgumentParser
import Foundation
import PamphletCore

@main
struct Pamphlet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pamphlet",
        abstract: "Read patient-education articles in the terminal.",
        discussion: """
            With no command, opens the reader on the library (on a terminal) or lists the articles.

            Examples:
              pamphlet                                   the reader on the library
              pamphlet --kiosk                           a shared waiting-room terminal
              pamphlet search side effects
              pamphlet check --strict
              pamphlet --lang es                         the reader in Spanish (--lang es|en, any command)
            """,
        version: PamphletVersion.string,
        subcommands: [ReadCommand.self, ListCommand.self, ShowCommand.self, TocCommand.self, SearchCommand.self,
                      FAQCommand.self, ConsultCommand.self, RequestsCommand.self, CheckCommand.self, IndexCommand.self]
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var reader: ReaderFlags
    @OptionGroup var storeOptions: StoreOptions

    /// The parser's own entry point, except that a mistyped command gets the
    /// closest command names instead of "3 unexpected arguments".
    static func main() {
        let arguments = InterfaceLanguageSetup.start(arguments: Array(CommandLine.arguments.dropFirst()))
        do {
            var command: any ParsableCommand
            switch QuickStart.start(for: arguments) {
            case .version?:
                print(PamphletVersion.string)
                return
            case .command(let quick)?:
                command = quick
            case nil:
                command = try parseAsRoot(arguments)
            }
            try command.run()
        } catch let code as ExitCode {
            // What the parser's `exit(withError:)` does for these two, without the 9 M
            // instructions of its message machinery ("no results" exits 1 this way).
            Foundation.exit(code.rawValue)
        } catch let failure as CommandFailure {
            TerminalOutput.errorLine("Error: " + failure.description)
            Foundation.exit(ExitCode.failure.rawValue)
        } catch {
            if let suggestion = CommandSuggestion.message(for: error, arguments: arguments) {
                TerminalOutput.errorLine(suggestion)
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
            exit(withError: error)
        }
    }

    /// With no subcommand: the reader on a terminal, the library list when piped.
    func run() throws {
        let (library, settings) = try libraryOptions.loadLibraryWithSettings()
        let launcher = ReaderLauncher(library: library, settings: settings, flags: reader, requestsFile: storeOptions.requests) {
            LibraryListing.printTable(library)
        }
        try launcher.open()
    }
}
