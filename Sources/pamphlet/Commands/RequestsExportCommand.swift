import ArgumentParser
import PamphletCore

struct RequestsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export saved consult requests as CSV or JSON.",
        discussion: """
            CSV has one row per request with a header row; cells that a spreadsheet would run as \
            a formula (starting with = + - @) get a leading '. JSON is a requests file with every \
            entry as stored. With --output the file is created readable by you only (0600).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @OptionGroup var access: RequestsAccess
    @ParentCommand var root: Pamphlet
    @Option(name: .long, help: "csv or json.") var format: Format = .csv
    @Option(name: .long, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?
    @Flag(help: "Start the CSV with a UTF-8 byte order mark, so that Excel shows accented and non-Latin names correctly.")
    var excel = false

    /// U+FEFF: without it Excel reads a CSV as the system's legacy code page.
    private static let byteOrderMark = "\u{FEFF}"

    func validate() throws {
        if excel && format != .csv { throw ValidationError("--excel applies to --format csv only.") }
    }

    func run() throws {
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
