/// A line to call or text in a crisis, as `pamphlet.yml`'s `crisis:` lists them.
public struct CrisisContact: Sendable, Equatable {
    public enum Way: String, Sendable, CaseIterable { case call, text }

    public var name: String
    /// As dialled: "988", "911", "+1 555 0100".
    public var number: String
    /// Call, text, or both, in that order.
    public var ways: [Way]
    public var hours: String?
    /// What to press once through ("2" for Spanish at 988).
    public var press: String?
    /// Its words in the short banner ("emergency 911"); else built from `ways` and `number`.
    public var short: String?

    public init(name: String, number: String, ways: [Way] = [.call], hours: String? = nil,
                press: String? = nil, short: String? = nil) {
        self.name = name
        self.number = number
        self.ways = ways
        self.hours = hours
        self.press = press
        self.short = short
    }
}

/// The clinic's own line, from `pamphlet.yml`'s `clinic:`.
public struct ClinicContact: Sendable, Equatable {
    public var name: String
    public var phone: String
    public var hours: String?

    public init(name: String, phone: String, hours: String? = nil) {
        self.name = name
        self.phone = phone
        self.hours = hours
    }
}

/// Crisis lines by language ("en", "es"); a language the library names replaces its
/// defaults, the others keep them.
public struct CrisisContacts: Sendable, Equatable {
    public var byLanguage: [String: [CrisisContact]]

    public init(byLanguage: [String: [CrisisContact]] = CrisisContacts.defaults) {
        self.byLanguage = byLanguage
    }

    /// The United States' lines: the 988 Suicide & Crisis Lifeline (call or text, Spanish
    /// by pressing 2) and 911 for emergencies.
    public static let defaults: [String: [CrisisContact]] = [
        "en": [
            CrisisContact(name: "988 Suicide & Crisis Lifeline", number: "988", ways: [.call, .text], hours: "24/7"),
            CrisisContact(name: "In an emergency", number: "911", ways: [.call], short: "emergency 911"),
        ],
        "es": [
            CrisisContact(name: "Línea 988 de Prevención del Suicidio y Crisis", number: "988", ways: [.call, .text],
                          hours: "las 24 horas", press: "2"),
            CrisisContact(name: "En una emergencia", number: "911", ways: [.call], short: "emergencia 911"),
        ],
    ]

    /// The lines for an article's language ("es-MX" → "es"), else the English ones.
    public func contacts(for language: String) -> [CrisisContact] {
        byLanguage[CrisisWording.baseLanguage(language)] ?? byLanguage["en"] ?? Self.defaults["en"]!
    }
}
