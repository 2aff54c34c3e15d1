import ArgumentParser
import Foundation
import PamphletCore

struct RequestsSendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send pending consult requests to the clinic's intake server (intake_url in pamphlet.yml).",
        discussion: """
            Each request goes as a FHIR QuestionnaireResponse, by a conditional create on its id, so \
            sending one again never makes a copy. 5xx answers and network errors are retried later \
            (30 seconds, doubling, at most an hour apart; --now tries at once); a 4xx answer rejects the \
            request, with the server's reason kept for staff (requests show), and a rejected request is \
            never sent again until --retry-rejected puts it back in the queue (recorded in the requests \
            file with who did it), once the clinic has fixed what the server objected to. Nothing is \
            deleted. Only one sender runs at a time. Prints references and states, nothing a patient \
            typed, so it may run on a kiosk (e.g. from a systemd timer).

            Exit status: 0 when nothing is left to send; 75 when something is to be retried later (the \
            server or network failed, a request waits for its next try, or another sender is running); \
            1 when a request was rejected, or on an error.

            Examples:
              pamphlet requests send
              pamphlet requests send --now
              pamphlet requests send --retry-rejected
              pamphlet requests send --retry-rejected --one 4174f099
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var libraryOptions: LibraryOptions
    @Option(name: .long, help: ArgumentHelp("Send only this request: its id, reference or a unique start of its id "
                                            + "(the reader gives the full id after a save).", valueName: "REF"))
    var one: String?
    @Flag(name: .long, help: "Try requests waiting for their next try now.") var now = false
    @Flag(name: .long, help: "Put the requests the server rejected back in the queue, then send them.")
    var retryRejected = false
    @Flag(name: .long, help: "Print nothing; the exit status tells.") var quiet = false

    /// EX_TEMPFAIL from sysexits.h: something must be tried again later.
    static let retryLater: Int32 = 75

    func validate() throws {
        if let one, one.isEmpty { throw ValidationError("--one takes a request's reference or id.") }
    }

    func run() throws {
        // The requests are read in full to find the pending ones: keep them out of core dumps.
        ProcessPrivacy.keepAnswersOutOfCoreDumps()
        let directory = try libraryOptions.locateDirectory()
        let config: LibraryConfig
        do { config = try LibraryConfig.load(libraryDirectory: directory) } catch { throw CommandFailure(error.description) }
        guard let intake = config.intake else {
            throw CommandFailure("No intake_url in \(directory)/pamphlet.yml: requests stay on this computer "
                + "for staff to collect (see the README's Delivery section).")
        }
        let store = try storeOptions.store()
        let only = try one.map { try SendTarget.id(of: $0, in: store) }
        if retryRejected {
            let requeued: [DeliveryRecord]
            do {
                requeued = try store.requeueRejected(only: only, by: StaffIdentity.userName(), at: Date())
            } catch {
                throw CommandFailure("Nothing was queued again. \(error.description)")
            }
            // Said before sending: they are queued (recorded) whatever the sending does.
            if !quiet { DeliveryText.requeued(requeued).forEach(TerminalOutput.line) }
        }
        let summary: IntakeSender.Summary
        do {
            summary = try IntakeSender(store: store, settings: intake, transport: CurlTransport())
                .send(only: only, ignoringBackoff: now)
        } catch {
            if case .busy = error, quiet { throw ExitCode(Self.retryLater) }
            throw CommandFailure(error.description)
        }
        if !quiet { DeliveryText.report(summary, url: intake.url).forEach(TerminalOutput.line) }
        let status = Self.exitStatus(summary, one: only != nil)
        if status != 0 { throw ExitCode(status) }
    }

    /// 1 when something was rejected; 75 when something is left to try later (for `--one`:
    /// when it was not sent, now or before); else 0.
    static func exitStatus(_ summary: IntakeSender.Summary, one: Bool) -> Int32 {
        if !summary.rejected.isEmpty || summary.finished?.state == .rejected { return 1 }
        if !summary.retry.isEmpty || summary.waiting > 0 { return retryLater }
        if one && summary.sent.isEmpty && summary.finished?.state != .sent { return retryLater }
        return 0
    }
}

/// `--one`'s REF to a request id. A full id is taken as it is, without reading the file
/// (the reader's child after a save); anything else is looked up like every staff
/// command's REF, and a failure lists ids and times only: a sender may run on a kiosk.
enum SendTarget {
    static func id(of reference: String, in store: ConsultStore) throws -> UUID {
        if let id = UUID(uuidString: reference) { return id }
        let stored: StoredRequests
        do { stored = try store.load() } catch { throw CommandFailure(error.description) }
        switch stored.lookup(reference) {
        case .found(let request):
            return request.id
        case .ambiguous(let candidates):
            throw CommandFailure("\(Sanitizer.clean(reference)) matches \(candidates.count) requests in \(store.path); "
                + "give more of the id:\n" + list(candidates))
        case .unknown(let nearest):
            var text = "No request in \(store.path) has the reference \(Sanitizer.clean(reference))."
            if !nearest.isEmpty { text += " Close ones:\n" + list(nearest) }
            throw CommandFailure(text)
        }
    }

    private static func list(_ requests: [ConsultRequest]) -> String {
        requests.map { "  \($0.idString)  \($0.createdAtString)" }.joined(separator: "\n")
    }
}
