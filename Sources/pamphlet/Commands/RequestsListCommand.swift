import ArgumentParser
import PamphletCore

struct RequestsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List saved consult requests: urgent ones first, marked URGENT, then oldest first.",
        discussion: """
            A request is urgent when its message holds crisis language: call that person first. \
            --json prints every entry as stored, in the file's order (an array of request objects, \
            each with "urgent": true or false, and "delivery" once a sender tried it: its state, attempt, \
            http_status, location or reason; no "delivery" means pending). DELIVERY is pending, sending, sent, \
            retry N, rejected or requeued (requests send); a rejected request is not sent again until \
            `pamphlet requests send --retry-rejected` puts it back in the queue.

            Examples:
              pamphlet requests list
              pamphlet requests list --status new
              pamphlet requests list --since 2026-11-01 --urgent
              pamphlet requests list --json | jq 'map(select(.status == "new")) | length'
            """
    )

    @OptionGroup var access: RequestsAccess
    @ParentCommand var root: Pamphlet
    @Flag(name: .long, help: "Print a JSON array for scripts.") var json = false
    @Option(name: .long, help: ArgumentHelp("Only requests with this status (new, contacted, closed…).", valueName: "STATUS"))
    var status: String?
    @Option(name: .long, help: ArgumentHelp("Only requests saved on or after DATE (YYYY-MM-DD, UTC, or an ISO 8601 time).",
                                            valueName: "DATE"))
    var since: String?
    @Flag(name: .long, help: "Only requests marked urgent (crisis language in the message).") var urgent = false

    func validate() throws {
        if let since, RequestDates.parse(since) == nil {
            throw ValidationError("--since must be a day like 2026-11-01 or a time like 2026-11-01T09:00:00Z.")
        }
    }

    func run() throws {
        let (store, stored) = try access.load(command: "pamphlet requests list", kioskFlag: root.reader.kiosk, keepingEntries: json)
        let filtering = status != nil || since != nil || urgent
        if json && !filtering {
            TerminalOutput.rawText(TerminalSafeJSON.escape(stored.entriesJSON()))
            return
        }
        let from = since.flatMap(RequestDates.parse)
        // Urgent first, each group oldest first; one pass, as copying 50,000 requests shows.
        var ordered: [ConsultRequest] = []
        var notUrgent: [ConsultRequest] = []
        for request in stored.requests
        where (status.map { request.status == $0 } ?? true) && (from.map { request.createdAt >= $0 } ?? true) {
            if stored.isUrgent(request) {
                ordered.append(request)
            } else if !urgent {
                notUrgent.append(request)
            }
        }
        ordered += notUrgent
        if json {
            // In the file's order, as stored.
            let chosenIDs = Set(ordered.map(\.id))
            let chosen = stored.requests.filter { chosenIDs.contains($0.id) }
            TerminalOutput.rawText(TerminalSafeJSON.escape(stored.entriesJSON(for: chosen)))
            return
        }
        guard !ordered.isEmpty else {
            TerminalOutput.line(filtering ? "No consult requests in \(store.path) match." : "No consult requests in \(store.path).")
            return
        }
        RequestsTable.print(ordered, urgent: stored.isUrgent, delivery: stored.deliveryLabel)
        // A rejected request stays rejected until staff act: say so where they look.
        if let note = DeliveryText.rejectedNote(count: ordered.count { stored.delivery(of: $0)?.state == .rejected }) {
            TerminalOutput.line("")
            TerminalOutput.line(note)
        }
    }
}

/// The staff-facing table: one line per request, widths measured in terminal cells.
enum RequestsTable {
    /// `delivery`: the DELIVERY cell (pending, sent, retry 2, rejected).
    static func print(_ requests: [ConsultRequest], urgent: (ConsultRequest) -> Bool,
                      delivery: (ConsultRequest) -> String) {
        // The mark column only when there is something to mark.
        let marks = requests.contains(where: urgent)
        let headers = (marks ? ["!"] : []) + ["REF", "CREATED (UTC)", "STATUS", "DELIVERY", "CONTACT", "NAME", "TOPIC"]
        let rows = requests.map { request in
            ((marks ? [urgent(request) ? "URGENT" : ""] : []) + [request.reference, request.createdAtString, request.status, delivery(request),
             contact(request), request.name, request.topic ?? request.article ?? ""])
                .map(oneLine)
        }
        // Each cell is measured once: at 50,000 rows, measuring again to pad cost as much as the rest.
        let measured = rows.map { $0.map { (text: $0, width: DisplayWidth.of($0)) } }
        var widths = headers.map(DisplayWidth.of)
        for row in measured {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.width) }
        }
        var output = TerminalOutput.Rows()
        output.appendRow(headers.map { ($0, DisplayWidth.of($0)) }, columnWidths: widths)
        measured.forEach { output.appendRow($0, columnWidths: widths) }
        output.flush()
    }

    /// A cell's text, safe for the terminal and on one line. The scan for a line break comes
    /// first because `replacing` costs about 10 µs a call, which is seconds at 50,000 rows.
    private static func oneLine(_ text: String) -> String {
        let clean = Sanitizer.clean(text)
        return clean.utf8.contains(0x0A) ? clean.replacing("\n", with: " ") : clean
    }

    private static func contact(_ request: ConsultRequest) -> String {
        switch request.contactMethod {
        case .phone: request.phone ?? ""
        case .email: request.email ?? ""
        case .either: [request.phone, request.email].compactMap { $0 }.joined(separator: " / ")
        }
    }
}
