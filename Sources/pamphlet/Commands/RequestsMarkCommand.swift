import ArgumentParser
import PamphletCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct RequestsMarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Record that a request was contacted or closed.",
        discussion: """
            Appends a status change (who, when, the note) to the requests file; earlier changes \
            stay as the request's history (see requests show). Examples:
              pamphlet requests mark 4174f099 contacted --note "left a voicemail"
              pamphlet requests mark 4174f099 closed
            """
    )

    enum Status: String, ExpressibleByArgument, CaseIterable { case contacted, closed }

    @OptionGroup var access: RequestsAccess
    @ParentCommand var root: Pamphlet
    @Argument(help: "The request's reference or the start of its id.") var reference: String
    @Argument(help: "contacted or closed.") var status: Status
    @Option(name: .long, help: "A note kept with the change (up to 500 characters).") var note: String?

    func validate() throws {
        if let note, note.count > 500 { throw ValidationError("--note is longer than 500 characters.") }
    }

    func run() throws {
        let (store, stored) = try access.load(command: "pamphlet requests mark", kioskFlag: root.reader.kiosk)
        let request = try RequestLookup.one(reference, in: stored, path: store.path)
        let change = StatusChange(id: request.id, status: status.rawValue, at: Date(), by: StaffIdentity.userName(),
                                  note: note.flatMap { $0.isEmpty ? nil : $0 })
        do {
            try store.record(change)
        } catch {
            throw CommandFailure("The status was not recorded. \(error.description)")
        }
        TerminalOutput.line("Marked \(request.reference) as \(status.rawValue).")
    }
}
