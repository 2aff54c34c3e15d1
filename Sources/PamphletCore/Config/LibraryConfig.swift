import Yams

/// Settings a clinic puts in its library folder, in `pamphlet.yml`:
///
/// ```yaml
/// kiosk: true                 # shared terminal: no drafts, no reading positions, no `requests`
/// idle_timeout: 120           # seconds without a key before kiosk mode resets (10 to 86400)
/// readability_max_grade: 8    # `pamphlet check` warns above this reading grade (1 to 20)
/// confirmation_seconds: 30    # kiosk: how long a saved request's reference shows (5 to 600)
/// theme: light                # colours for a light or dark terminal (else the terminal is asked)
/// language: es                # the interface's language unless --lang or LANGUAGE says otherwise
/// clinic: {name: Riverside Clinic, phone: "+1 555 0100", hours: "Mon-Fri 8-6"}
/// intake_url: https://fhir.example.org/fhir/QuestionnaireResponse   # deliver requests there
/// intake_ca: clinic-ca.pem    # the CA of that server's certificate, if not a system one
/// index: manual              # trust the search index until `pamphlet index` (else: auto)
/// crisis:                     # per language; replaces that language's defaults (988, 911)
///   en: [{name: 988 Suicide & Crisis Lifeline, number: "988", how: [call, text], hours: 24/7}]
/// ```
///
/// Every key is optional. A misspelt key is an error, not ignored: a
/// `kisok: true` that silently did nothing would leave a shared terminal open.
public struct LibraryConfig: Sendable, Equatable {
    public static let fileName = "pamphlet.yml"
    public static let defaultIdleTimeout = 120
    public static let idleTimeoutRange = 10...86_400
    public static let readabilityGradeRange = 1.0...20.0
    public static let defaultConfirmationSeconds = 30
    public static let confirmationSecondsRange = 5...600

    public var kiosk: Bool
    /// Seconds.
    public var idleTimeout: Int
    public var readabilityMaxGrade: Double?
    /// Lines to call or text in a crisis, by language (LibraryConfig+Crisis.swift).
    public var crisis: CrisisContacts
    /// The clinic's own number, shown with crisis help.
    public var clinic: ClinicContact?
    /// Kiosk: seconds the confirmation (with the reference) stays before the screen is wiped.
    public var confirmationSeconds = LibraryConfig.defaultConfirmationSeconds
    /// "light" or "dark": the reader's colours, when the terminal cannot be asked.
    public var theme: String?
    /// Where saved requests are sent (`intake_url`, `intake_ca`); nil keeps them on this computer.
    public var intake: IntakeSettings?
    /// Whether commands check the articles before trusting the search index (`index:`).
    public var indexMode: IndexMode = .auto
    /// Whether search goes by meaning as well as words (`semantic:`).
    public var semanticMode: SemanticMode = .auto
    /// `language: es|en`: the interface's language for this library (a kiosk's default).
    public var language: InterfaceLanguage?

    public init(kiosk: Bool = false, idleTimeout: Int = LibraryConfig.defaultIdleTimeout,
                readabilityMaxGrade: Double? = nil, crisis: CrisisContacts = CrisisContacts(),
                clinic: ClinicContact? = nil) {
        self.kiosk = kiosk
        self.idleTimeout = idleTimeout
        self.readabilityMaxGrade = readabilityMaxGrade
        self.crisis = crisis
        self.clinic = clinic
    }

    /// Reads `<directory>/pamphlet.yml`; a library without one gets the defaults.
    public static func load(libraryDirectory directory: String) throws(LibraryConfigError) -> LibraryConfig {
        let path = FilePath.join(directory, fileName)
        let bytes: [UInt8]?
        do { bytes = try DurableFile.contents(of: path) } catch {
            throw LibraryConfigError(diagnostics: [Diagnostic(path: path, line: 1, message: error.reason)])
        }
        guard let bytes else { return LibraryConfig() }
        return try parse(String(decoding: bytes, as: UTF8.self), path: path)
    }

    /// Parses the text of a config file; `path` is only for messages.
    public static func parse(_ text: String, path: String) throws(LibraryConfigError) -> LibraryConfig {
        let root: Node?
        do {
            // The basic resolver, as for front matter: the default one compiles ICU regular
            // expressions (about 9 M instructions) at the first use, at every start. Values
            // are read by what they say ("true", "120"), not by their YAML tag.
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw LibraryConfigError(diagnostics: [Diagnostic(path: path, line: error.line,
                                                              message: "not valid YAML: \(error.problem)")])
        } catch {
            throw LibraryConfigError(diagnostics: [Diagnostic(path: path, line: 1, message: "not valid YAML")])
        }
        guard let root else { return LibraryConfig() }  // an empty file
        guard let mapping = root.mapping else {
            throw LibraryConfigError(diagnostics: [Diagnostic(path: path, line: root.line,
                                                              message: "expected settings as `key: value` lines")])
        }
        var config = LibraryConfig()
        var problems: [Diagnostic] = []
        var intakeLines: [String: (Node, Int)] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.line
            switch key {
            case "kiosk":
                if let flag = value.bool { config.kiosk = flag }
                else { problems.append(Diagnostic(path: path, line: line, message: "kiosk must be true or false")) }
            case "idle_timeout":
                if let seconds = value.int, idleTimeoutRange.contains(seconds) { config.idleTimeout = seconds }
                else { problems.append(Diagnostic(path: path, line: line, message:
                    "idle_timeout must be a whole number of seconds from \(idleTimeoutRange.lowerBound) to \(idleTimeoutRange.upperBound)")) }
            case "readability_max_grade":
                if let grade = value.float, readabilityGradeRange.contains(grade) { config.readabilityMaxGrade = grade }
                else { problems.append(Diagnostic(path: path, line: line, message:
                    "readability_max_grade must be a number from 1 to 20")) }
            case "confirmation_seconds":
                if let seconds = value.int, confirmationSecondsRange.contains(seconds) { config.confirmationSeconds = seconds }
                else { problems.append(Diagnostic(path: path, line: line, message:
                    "confirmation_seconds must be a whole number of seconds from \(confirmationSecondsRange.lowerBound) to \(confirmationSecondsRange.upperBound)")) }
            case "theme":
                if let theme = value.string, ["light", "dark"].contains(theme) { config.theme = theme }
                else { problems.append(Diagnostic(path: path, line: line, message: "theme must be light or dark")) }
            case "index":
                if let mode = value.string.flatMap(IndexMode.init(rawValue:)) { config.indexMode = mode }
                else { problems.append(Diagnostic(path: path, line: line, message: "index must be auto or manual")) }
            case "semantic":
                // YAML's plain on/off read as booleans.
                if let flag = value.bool { config.semanticMode = flag ? .on : .off }
                else if let mode = value.string.flatMap(SemanticMode.init(rawValue:)) { config.semanticMode = mode }
                else { problems.append(Diagnostic(path: path, line: line, message: "semantic must be auto, on or off")) }
            case "language":
                if let code = value.string, let language = InterfaceLanguage(rawValue: code) { config.language = language }
                else { problems.append(Diagnostic(path: path, line: line, message:
                    "language must be " + InterfaceLanguage.allCases.map(\.code).joined(separator: " or "))) }
            case "crisis":
                parseCrisis(value, path: path, into: &config, problems: &problems)
            case "clinic":
                parseClinic(value, path: path, into: &config, problems: &problems)
            case "intake_url", "intake_ca":
                intakeLines[key] = (value, line)
            default:
                problems.append(Diagnostic(path: path, line: line, message:
                    "unknown setting \"\(key)\"; the settings are kiosk, idle_timeout, readability_max_grade, confirmation_seconds, theme, language, index, semantic, clinic, crisis, intake_url, intake_ca"))
            }
        }
        parseIntake(intakeLines, path: path, into: &config, problems: &problems)
        guard problems.isEmpty else { throw LibraryConfigError(diagnostics: problems) }
        return config
    }
}

/// Why `pamphlet.yml` was not accepted, one diagnostic per problem.
public struct LibraryConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Node {
    var line: Int { mark?.line ?? 1 }
}

private extension YamlError {
    var line: Int {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: 1
        }
    }

    var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "unreadable"
        }
    }
}
