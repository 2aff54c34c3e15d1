import ArgumentParser
import PamphletCore

struct RequestsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List saved consult requests, oldest first.",
        discussion: """
            --json prints every entry as stored (an array of request objects).

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
        RequestsTable.print(stored.requests)
    }
}

/// The staff-facing table: one line per request, widths measured in terminal cells.
enum RequestsTable {
    static func print(_ requests: [ConsultRequest]) {
        let headers = ["REF", "CREATED (UTC)", "STATUS", "CONTACT", "NAME", "TOPIC"]
        let rows = requests.map { request in
            [request.reference, request.createdAtString, request.status,
             contact(request), request.name, request.topic ?? request.article ?? ""]
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
