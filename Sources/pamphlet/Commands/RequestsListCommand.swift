import ArgumentParser
import PamphletCore

struct RequestsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List saved consult requests: urgent ones first, marked URGENT, then oldest first.",
        discussion: """
            A request is urgent when its message holds crisis language: call that person first. \
            --json prints every entry as stored, in the file's order (an array of request objects, \
            each with "urgent": true or false).

            Examples:
              pamphlet requests list
              pamphlet requests list --json | jq 'map(select(.status == "new")) | length'
            """
    )

    @OptionGroup var access: RequestsAccess
    @ParentCommand var root: Pamphlet
    @Flag(name: .long, help: "Print a JSON array for scripts.") var json = false

    func run() throws {
        let (store, stored) = try access.load(command: "pamphlet requests list", kioskFlag: root.reader.kiosk)
        if json {
            TerminalOutput.rawText(TerminalSafeJSON.escape(stored.entriesJSON()))
            return
        }
        guard !stored.requests.isEmpty else {
            TerminalOutput.line("No consult requests in \(store.path).")
            return
        }
        RequestsTable.print(RequestsTable.urgentFirst(stored.requests))
    }
}

/// The staff-facing table: one line per request, widths measured in terminal cells.
enum RequestsTable {
    /// Urgent requests before the others, each group in the file's order (oldest first).
    static func urgentFirst(_ requests: [ConsultRequest]) -> [ConsultRequest] {
        requests.filter(\.urgent) + requests.filter { !$0.urgent }
    }

    static func print(_ requests: [ConsultRequest]) {
        // The mark column only when there is something to mark.
        let marks = requests.contains(where: \.urgent)
        let headers = (marks ? ["!"] : []) + ["REF", "CREATED (UTC)", "STATUS", "CONTACT", "NAME", "TOPIC"]
        let rows = requests.map { request in
            ((marks ? [request.urgent ? "URGENT" : ""] : []) + [request.reference, request.createdAtString, request.status,
             contact(request), request.name, request.topic ?? request.article ?? ""])
                .map { Sanitizer.clean($0).replacing("\n", with: " ") }
        }
        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(cell)) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell
                    : cell + String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
            }.joined(separator: "  ")
        }
        TerminalOutput.line(line(headers))
        rows.forEach { TerminalOutput.line(line($0)) }
    }

    private static func contact(_ request: ConsultRequest) -> String {
        switch request.contactMethod {
        case .phone: request.phone ?? ""
        case .email: request.email ?? ""
        case .either: [request.phone, request.email].compactMap { $0 }.joined(separator: " / ")
        }
    }
}
