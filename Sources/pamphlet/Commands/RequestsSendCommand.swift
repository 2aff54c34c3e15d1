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
            request, with the server's reason kept for staff (requests show). Nothing is deleted. \
            Only one sender runs at a time. Prints references and states, nothing a patient typed, \
            so it may run on a kiosk (e.g. from a systemd timer). Exits 0 when nothing is left to \
            retry, 75 when something is, 1 on an error.

            Examples:
              pamphlet requests send
              pamphlet requests send --now
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var libraryOptions: LibraryOptions
    @Option(name: .long, help: ArgumentHelp("Send only the request with this id (what the reader does after a save).",
                                            valueName: "ID"))
    var one: String?
    @Flag(name: .long, help: "Try requests waiting for their next try now.") var now = false
    @Flag(name: .long, help: "Print nothing; the exit status tells.") var quiet = false

    /// EX_TEMPFAIL from sysexits.h: something must be tried again later.
    static let retryLater: Int32 = 75

    func validate() throws {
        if let one, UUID(uuidString: one) == nil { throw ValidationError("--one takes a request's full id.") }
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
        let summary: IntakeSender.Summary
        do {
            summary = try IntakeSender(store: store, settings: intake, transport: CurlTransport())
                .send(only: one.flatMap(UUID.init(uuidString:)), ignoringBackoff: now)
        } catch {
            if case .busy = error, quiet { throw ExitCode(Self.retryLater) }
            throw CommandFailure(error.description)
        }
        if !quiet { report(summary, url: intake.url) }
        if !summary.retry.isEmpty || summary.waiting > 0 || (one != nil && summary.sent.isEmpty) {
            throw ExitCode(summary.rejected.isEmpty ? Self.retryLater : 1)
        }
        if !summary.rejected.isEmpty { throw ExitCode(1) }
    }

    private func report(_ summary: IntakeSender.Summary, url: String) {
        for record in summary.sent {
            TerminalOutput.line("\(reference(record))  sent" + (record.location.map { "  \($0)" } ?? ""))
        }
        for record in summary.retry {
            let next = record.nextTry.map { " (next try after \($0.formatted(.iso8601)))" } ?? ""
            TerminalOutput.line("\(reference(record))  not sent\(next): \(record.reason ?? "")")
        }
        for record in summary.rejected {
            TerminalOutput.line("\(reference(record))  rejected: \(record.reason ?? "")")
        }
        var counts = "Sent \(summary.sent.count), to retry \(summary.retry.count), rejected \(summary.rejected.count)"
        if summary.waiting > 0 { counts += ", waiting for their next try \(summary.waiting)" }
        TerminalOutput.line(counts + " (\(Sanitizer.clean(url))).")
    }

    private func reference(_ record: DeliveryRecord) -> String {
        String(record.id.uuidString.lowercased().prefix(8))
    }
}
