/// Where saved requests are delivered: `intake_url:` (the clinic's FHIR endpoint
/// for `QuestionnaireResponse`, e.g. `https://fhir.example.org/fhir/QuestionnaireResponse`)
/// and `intake_ca:` (a PEM file of the certificate authority that signed the
/// server's certificate, when it is not one the system trusts).
///
/// HTTPS is required, with the certificate checked; plain HTTP is accepted only
/// to a loopback address (127.0.0.1, ::1, localhost), which never leaves the machine.
public struct IntakeSettings: Sendable, Equatable {
    public var url: String
    /// Absolute path of the CA file (a relative `intake_ca` is read from the library folder).
    public var caFile: String?

    public init(url: String, caFile: String? = nil) {
        self.url = url
        self.caFile = caFile
    }

    /// Why `text` is not an intake address, or nil when it is one.
    public static func problem(with text: String) -> String? {
        guard let parts = URLParts(text) else {
            return "intake_url must be a full address such as https://fhir.example.org/fhir/QuestionnaireResponse"
        }
        switch parts.scheme {
        case "https":
            return nil
        case "http":
            return parts.isLoopback ? nil
                : "intake_url must use https (plain http is allowed only to 127.0.0.1, ::1 or localhost, for testing)"
        default:
            return "intake_url must start with https://"
        }
    }

    /// The scheme and host of an absolute http(s) URL, read without Foundation's URL
    /// (which accepts spaces and other things a server address never has).
    struct URLParts {
        var scheme: String
        var host: String

        init?(_ text: String) {
            guard let colon = text.firstIndex(of: ":"), text[colon...].hasPrefix("://"),
                  !text.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x21 || $0 == 0x7F } ?? false })
            else { return nil }
            scheme = text[..<colon].lowercased()
            let rest = text[text.index(colon, offsetBy: 3)...]
            var authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
            if authority.hasPrefix("[") {
                guard let close = authority.firstIndex(of: "]") else { return nil }
                host = String(authority[authority.index(after: authority.startIndex)..<close]).lowercased()
            } else {
                host = String(authority.prefix { $0 != ":" }).lowercased()
            }
            guard !host.isEmpty else { return nil }
        }

        var isLoopback: Bool {
            host == "localhost" || host == "::1" || host.hasPrefix("127.") && host.split(separator: ".").count == 4
        }
    }
}
