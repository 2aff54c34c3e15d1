import ArgumentParser
import Foundation
import PamphletCore

struct RequestsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export saved consult requests as CSV or JSON.",
        discussion: """
            CSV has one row per request with a header row; cells that a spreadsheet would run as \
            a formula (starting with = + - @) get a leading '. JSON is a requests file with every \
            entry as stored. With --output the file is created readable by you only (0600); \
            an existing file is kept unless --force is given.

            Examples:
              pamphlet requests export --format csv --output requests.csv
              pamphlet requests export --format csv --excel --output requests.csv --force
              pamphlet requests export --format json > requests.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @OptionGroup var access: RequestsAccess
    @ParentCommand var root: Pamphlet
    @Option(name: .long, help: "csv or json.") var format: Format = .csv
    @Option(name: .long, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?
    @Flag(help: "Replace the --output file if it already exists.")
    var force = false
    @Flag(help: "Start the CSV with a UTF-8 byte order mark, so that Excel shows accented and non-Latin names correctly.")
    var excel = false

    /// U+FEFF: without it Excel reads a CSV as the system's legacy code page.
    private static let byteOrderMark = "\u{FEFF}"

    func validate() throws {
        if excel && format != .csv { throw ValidationError("--excel applies to --format csv only.") }
        if force && output == nil { throw ValidationError("--force applies to --output FILE only.") }
    }

    /// A dangling link counts as an existing file: writing through it would create its target.
    private static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    func run() throws {
        if let output, !force, FileManager.default.fileExists(atPath: output) || Self.isSymbolicLink(output) {
            // Checked before the requests are read, so a refused export touches nothing.
            throw CommandFailure("\(output) already exists; nothing was written. "
                                 + "Choose another file, or add --force to replace it.")
        }
        let (_, stored) = try access.load(command: "pamphlet requests export", kioskFlag: root.reader.kiosk)
        let text = switch format {
        case .csv: (excel ? Self.byteOrderMark : "") + RequestsCSV.render(stored.requests)
        case .json: TerminalSafeJSON.escape(stored.documentJSON())
        }
        guard let output else {
            // On a terminal, show controls as symbols; piped or redirected, keep the data exact.
            TerminalOutput.rawText(TerminalOutput.standardOutputIsTerminal ? Sanitizer.clean(text) : text)
            return
        }
        do {
            try PrivateFile.write(Array(text.utf8), to: output)
        } catch {
            throw CommandFailure("The export was not written. \(error.description)")
        }
        let count = stored.requests.count
        TerminalOutput.errorLine("pamphlet: wrote \(count) request\(count == 1 ? "" : "s") to \(output).")
    }
}
