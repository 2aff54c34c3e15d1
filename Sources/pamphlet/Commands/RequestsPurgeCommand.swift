import ArgumentParser
import PamphletCore

struct RequestsPurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Delete closed requests for good, once they are no longer needed.",
        discussion: """
            Removes every request whose status is closed and whose last status change was before \
            DATE, with its history; nothing else in the file changes. The file is rewritten \
            crash-safely. Example:
              pamphlet requests purge --closed-before 2026-01-01
            """
    )

    @OptionGroup var access: RequestsAccess
    @ParentCommand var root: Pamphlet
    @Option(name: .long, help: ArgumentHelp("A day (YYYY-MM-DD, UTC) or a UTC time (ISO 8601).", valueName: "DATE"))
    var closedBefore: String

    func run() throws {
        guard let date = RequestDates.parse(closedBefore) else {
            throw ValidationError("--closed-before must be a day like 2026-01-31 or a time like 2026-01-31T12:00:00Z.")
        }
        let (store, _) = try access.load(command: "pamphlet requests purge", kioskFlag: root.reader.kiosk)
        let purged: [ConsultRequest]
        do {
            purged = try store.purgeClosed(before: date)
        } catch {
            throw CommandFailure("Nothing was purged. \(error.description)")
        }
        TerminalOutput.line("Purged \(purged.count) closed request\(purged.count == 1 ? "" : "s") from \(store.path).")
    }
}
