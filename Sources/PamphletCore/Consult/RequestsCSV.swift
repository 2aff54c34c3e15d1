/// Requests as CSV for a spreadsheet (RFC 4180: comma-separated, CRLF line
/// ends, a cell quoted when it holds a comma, quote or line break).
///
/// A cell that starts with `=`, `+`, `-`, `@`, tab or carriage return gets a
/// leading `'`, so a spreadsheet shows it as text instead of running it as a
/// formula ("CSV injection": a name like `=HYPERLINK(...)` would otherwise be
/// live). That includes phone numbers written `+44 …`, which show as `'+44 …`.
public enum RequestsCSV {
    public static let columns = [
        "id", "reference", "created_at", "status", "article", "name", "contact_method",
        "phone", "email", "best_time", "topic", "message", "consent", "urgent",
    ]

    public static func render(_ requests: [ConsultRequest]) -> String {
        var lines = [row(columns)]
        for request in requests {
            lines.append(row([
                request.idString, request.reference, request.createdAtString, request.status,
                request.article ?? "", request.name, request.contactMethod.rawValue,
                request.phone ?? "", request.email ?? "", request.bestTime ?? "", request.topic ?? "",
                request.message ?? "", request.consent ? "yes" : "no", request.urgent ? "yes" : "no",
            ]))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",")
    }

    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
    static let needsQuotes: Set<Character> = [",", "\"", "\n", "\r"]

    static func cell(_ text: String) -> String {
        // Check the first scalar, not Character: "\r\n" is one Character in Swift.
        let defused = text.unicodeScalars.first.map { formulaStarts.contains(Character($0)) } == true ? "'" + text : text
        guard defused.unicodeScalars.contains(where: { needsQuotes.contains(Character($0)) }) else { return defused }
        return "\"" + defused.replacing("\"", with: "\"\"") + "\""
    }
}
