import Yams

/// `crisis:` and `clinic:` in pamphlet.yml:
///
/// ```yaml
/// clinic:
///   name: Riverside Clinic
///   phone: "+1 555 0100"
///   hours: Mon-Fri 8am-6pm          # optional
/// crisis:
///   en:                             # replaces the English defaults (988 and 911)
///     - name: 988 Suicide & Crisis Lifeline
///       number: "988"
///       how: [call, text]           # or "call", "text", "call or text"; call by default
///       hours: 24/7                 # optional
///   es:
///     - {name: Línea 988, number: "988", how: [call, text], press: "2"}
/// ```
///
/// Optional per line: `press` (what to press once through) and `short` (its words in the
/// short banner, e.g. "emergency 911").
extension LibraryConfig {
    static let contactKeys = ["name", "number", "how", "hours", "press", "short"]
    static let clinicKeys = ["name", "phone", "hours"]

    static func parseClinic(_ value: Node, path: String, into config: inout LibraryConfig, problems: inout [Diagnostic]) {
        guard let fields = fields(of: value, allowed: clinicKeys, what: "clinic", path: path, problems: &problems) else { return }
        guard let name = fields["name"], let phone = fields["phone"], phone.contains(where: \.isNumber) else {
            problems.append(Diagnostic(path: path, line: value.line, message:
                "clinic needs a name and a phone with digits, e.g. clinic: {name: Riverside Clinic, phone: \"+1 555 0100\"}"))
            return
        }
        config.clinic = ClinicContact(name: name, phone: phone, hours: fields["hours"])
    }

    static func parseCrisis(_ value: Node, path: String, into config: inout LibraryConfig, problems: inout [Diagnostic]) {
        guard let languages = value.mapping else {
            problems.append(Diagnostic(path: path, line: value.line, message:
                "crisis must list lines by language, e.g. crisis: {en: [{name: ..., number: \"988\"}]}"))
            return
        }
        var byLanguage = config.crisis.byLanguage
        for (languageNode, list) in languages {
            let language = CrisisWording.baseLanguage(languageNode.string ?? "")
            guard let entries = list.sequence, !entries.isEmpty else {
                problems.append(Diagnostic(path: path, line: languageNode.line, message:
                    "crisis.\(language) must be a list of lines, each with a name and a number"))
                continue
            }
            var contacts: [CrisisContact] = []
            for entry in entries {
                if let contact = contact(entry, language: language, path: path, problems: &problems) {
                    contacts.append(contact)
                }
            }
            if contacts.count == entries.count { byLanguage[language] = contacts }
        }
        config.crisis = CrisisContacts(byLanguage: byLanguage)
    }

    private static func contact(_ entry: Node, language: String, path: String, problems: inout [Diagnostic]) -> CrisisContact? {
        let what = "a crisis.\(language) line"
        guard let fields = fields(of: entry, allowed: contactKeys, what: what, path: path, problems: &problems) else { return nil }
        guard let name = fields["name"], let number = fields["number"], number.contains(where: \.isNumber) else {
            problems.append(Diagnostic(path: path, line: entry.line, message:
                "\(what) needs a name and a number with digits"))
            return nil
        }
        var ways: [CrisisContact.Way] = [.call]
        if let howNode = entry.mapping?["how"] {
            let words = howNode.sequence.map { $0.compactMap(\.string) }
                ?? (howNode.string ?? "").split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" }).map(String.init)
            let named = words.map { $0.lowercased() }.filter { $0 != "or" && $0 != "and" }
            let parsed = named.compactMap(CrisisContact.Way.init(rawValue:))
            guard !parsed.isEmpty, parsed.count == named.count else {
                problems.append(Diagnostic(path: path, line: howNode.line, message:
                    "how must be call, text, or both ([call, text])"))
                return nil
            }
            ways = CrisisContact.Way.allCases.filter(parsed.contains)
        }
        return CrisisContact(name: name, number: number, ways: ways, hours: fields["hours"],
                             press: fields["press"], short: fields["short"])
    }

    /// A mapping's scalar values as text, or nil (with a problem) when it is not a mapping
    /// or names a key it should not. `how` is read by the caller.
    private static func fields(of node: Node, allowed: [String], what: String, path: String,
                               problems: inout [Diagnostic]) -> [String: String]? {
        guard let mapping = node.mapping else {
            problems.append(Diagnostic(path: path, line: node.line, message: "\(what) must be a mapping of \(allowed.joined(separator: ", "))"))
            return nil
        }
        var fields: [String: String] = [:]
        var fine = true
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard allowed.contains(key) else {
                problems.append(Diagnostic(path: path, line: keyNode.line, message:
                    "unknown key \"\(key)\" in \(what); the keys are \(allowed.joined(separator: ", "))"))
                fine = false
                continue
            }
            if key == "how" { continue }
            guard let text = value.scalar?.string, !text.allSatisfy(\.isWhitespace) else {
                problems.append(Diagnostic(path: path, line: keyNode.line, message: "\(key) in \(what) must be text"))
                fine = false
                continue
            }
            fields[key] = text
        }
        return fine ? fields : nil
    }
}
