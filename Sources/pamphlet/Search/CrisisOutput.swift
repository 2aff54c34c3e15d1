import PamphletCore

/// Crisis help as the plain commands print it: first, before any result.
enum CrisisOutput {
    /// The library's crisis phrases and contacts. Problems with pamphlet.yml or
    /// crisis-language.txt are reported, and the built-in phrases and default contacts used:
    /// a typo in a settings file never switches crisis help off.
    static func support(libraryDirectory directory: String, config: LibraryConfig? = nil) -> CrisisSupport {
        let config = config ?? LibrarySettings.load(libraryDirectory: directory)
        let (support, diagnostics) = CrisisSupport.load(libraryDirectory: directory, config: config)
        for diagnostic in diagnostics { TerminalOutput.errorLine(diagnostic.description) }
        return support
    }

    /// The help, then a line, so results (if any) come below it.
    static func printPlain(_ help: CrisisHelp, resultsFollow: Bool) {
        let width = TerminalWidth.defaultForStandardOutput
        for line in WordWrap.wrap(help.wording.intro, width: width) { TerminalOutput.line(line) }
        for contact in help.contactLines {
            let wrapped = WordWrap.wrap(contact, width: max(1, width - 2))
            for (index, line) in wrapped.enumerated() { TerminalOutput.line((index == 0 ? "• " : "  ") + line) }
        }
        guard resultsFollow else { return }
        TerminalOutput.line(String(repeating: "─", count: min(width, 40)))
        TerminalOutput.line(help.wording.resultsBelow)
    }
}

/// The first entry of `search --json` and `faq --json` when the words hold crisis language.
struct CrisisJSONEntry: Encodable {
    struct Contact: Encodable {
        var name: String
        var number: String
        var how: [String]
        var hours: String?
        var press: String?
    }

    var kind = "crisis"
    var language: String
    var text: String
    var contacts: [Contact]

    init(_ help: CrisisHelp) {
        language = help.wording.language
        text = help.text
        contacts = help.contacts.map {
            Contact(name: Sanitizer.clean($0.name), number: Sanitizer.clean($0.number), how: $0.ways.map(\.rawValue),
                    hours: $0.hours.map(Sanitizer.clean), press: $0.press.map(Sanitizer.clean))
        }
        if let clinic = help.clinic {
            contacts.append(Contact(name: Sanitizer.clean(clinic.name), number: Sanitizer.clean(clinic.phone),
                                    how: ["call"], hours: clinic.hours.map(Sanitizer.clean)))
        }
    }
}

/// A `--json` array of one crisis entry (when there is one) and then the result rows.
struct SearchJSONDocument: Encodable {
    var crisis: CrisisJSONEntry?
    var rows: [SearchResultRow]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        if let crisis { try container.encode(crisis) }
        for row in rows { try container.encode(row) }
    }
}
