import ArgumentParser
import PamphletCore

struct RequestsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one saved consult request in full, with its status history.",
        discussion: """
            REF is the short reference the patient was given, or any start of the request's id \
            long enough to name one request. Examples:
              pamphlet requests show 4174f099
              pamphlet requests show 4174f0
            """
    )

    @OptionGroup var access: RequestsAccess
    @ParentCommand var root: Pamphlet
    @Argument(help: "The request's reference or the start of its id.") var reference: String

    func run() throws {
        let (store, stored) = try access.load(command: "pamphlet requests show", kioskFlag: root.reader.kiosk)
        let request = try RequestLookup.one(reference, in: stored, path: store.path)
        let fields: [(String, String?)] = [
            ("Reference", request.reference), ("Id", request.idString), ("Created (UTC)", request.createdAtString),
            ("Status", request.status), ("Urgent", stored.isUrgent(request) ? "yes" : nil),
            ("Name", request.name), ("Contact by", request.contactMethod.rawValue), ("Phone", request.phone),
            ("Email", request.email), ("Best time", request.bestTime), ("Topic", request.topic),
            ("Article", request.article), ("Consent", request.consent ? "yes" : "no"),
        ]
        let width = fields.map { $0.0.count }.max() ?? 0
        for (label, value) in fields {
            guard let value, !value.isEmpty else { continue }
            TerminalOutput.line(label + ":" + String(repeating: " ", count: width - label.count + 1)
                                + Sanitizer.clean(value).replacing("\n", with: " "))
        }
        if let message = request.message, !message.isEmpty {
            TerminalOutput.line("Message:")
            for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
                TerminalOutput.line("  " + line)
            }
        }
        TerminalOutput.line(DeliveryText.describe(stored.delivery(of: request)))
        let history = stored.history[request.id] ?? []
        if !history.isEmpty {
            TerminalOutput.line("History:")
            for change in history {
                var line = "  \(change.at.formatted(.iso8601))  \(change.status)"
                if let by = change.by { line += "  by \(by)" }
                if let note = change.note, !note.isEmpty { line += "  \u{2014} " + note.replacing("\n", with: " ") }
                TerminalOutput.line(line)
            }
        }
    }
}

/// REF to one request, or a failure that lists the candidates.
enum RequestLookup {
    static func one(_ reference: String, in stored: StoredRequests, path: String) throws -> ConsultRequest {
        switch stored.lookup(reference) {
        case .found(let request):
            return request
        case .ambiguous(let candidates):
            throw CommandFailure("\(Sanitizer.clean(reference)) matches \(candidates.count) requests in \(path); "
                + "give more of the id:\n" + list(candidates))
        case .unknown(let nearest):
            var text = "No request in \(path) has the reference \(Sanitizer.clean(reference))."
            if !nearest.isEmpty { text += " Close ones:\n" + list(nearest) }
            throw CommandFailure(text)
        }
    }

    private static func list(_ requests: [ConsultRequest]) -> String {
        requests.map { "  \($0.idString)  \($0.createdAtString)  \(Sanitizer.clean($0.name).replacing("\n", with: " "))" }
            .joined(separator: "\n")
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
