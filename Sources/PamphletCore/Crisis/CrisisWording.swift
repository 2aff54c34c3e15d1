/// The sentences of crisis help, in English and in Spanish. Nothing here says how anyone
/// could hurt themselves: only that help is there, and how to reach it.
public struct CrisisWording: Sendable, Equatable {
    public let language: String

    /// "es-MX" → "es"; a language without wording of its own gets English.
    public init(language: String) {
        let base = Self.baseLanguage(language)
        self.language = base == "es" ? "es" : "en"
    }

    static func baseLanguage(_ language: String) -> String {
        String(language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "en")
    }

    private var spanish: Bool { language == "es" }

    public var title: String { spanish ? "Ayuda en una crisis" : "Crisis help" }

    public var intro: String {
        spanish
            ? "No está solo. Si piensa en el suicidio o en hacerse daño, o está en una crisis, hay ayuda ahora mismo:"
            : "You are not alone. If you are thinking about suicide or hurting yourself, or you are in crisis, help is there right now:"
    }

    /// "988 Suicide & Crisis Lifeline: call or text 988 (24/7)".
    public func line(for contact: CrisisContact) -> String {
        var action: String
        switch (contact.ways.contains(.call), contact.ways.contains(.text)) {
        case (true, true): action = spanish ? "llame o envíe un mensaje de texto al" : "call or text"
        case (false, true): action = spanish ? "envíe un mensaje de texto al" : "text"
        default: action = spanish ? "llame al" : "call"
        }
        action += " " + contact.number
        if let press = contact.press {
            action += spanish ? " y oprima \(press) para español" : ", then press \(press)"
        }
        let hours = contact.hours.map { " (\($0))" } ?? ""
        return "\(contact.name): \(action)\(hours)"
    }

    public func line(for clinic: ClinicContact) -> String {
        let hours = clinic.hours.map { " (\($0))" } ?? ""
        return spanish ? "Su clínica, \(clinic.name): llame al \(clinic.phone)\(hours)"
                       : "Your clinic, \(clinic.name): call \(clinic.phone)\(hours)"
    }

    /// "call/text 988", or the contact's own short words.
    public func shortWords(for contact: CrisisContact) -> String {
        if let short = contact.short { return short }
        let ways = contact.ways.map { way in
            switch way {
            case .call: spanish ? "llame" : "call"
            case .text: spanish ? "texto" : "text"
            }
        }
        return ways.joined(separator: "/") + " " + contact.number
    }

    /// Short words glued to their number with no-break spaces, so wrapping keeps
    /// "emergency 911" on one row.
    func keptTogether(_ words: String) -> String { words.replacing(" ", with: "\u{00A0}") }

    public var shortLead: String { "Crisis:" }

    /// Said above the results of a search that holds crisis language.
    public var resultsBelow: String { spanish ? "Resultados de la búsqueda:" : "Search results:" }

    /// On the consult form's review and after saving, when the message holds crisis language.
    public var consultNotice: String {
        spanish
            ? "Su mensaje dice que quizá esté en peligro. La clínica no lee las solicitudes de inmediato: busque ayuda ahora."
            : "Your message says you may be in danger. The clinic does not read requests right away: please reach out now."
    }

    public var urgentSaved: String {
        spanish ? "Su solicitud se guardó marcada como urgente." : "Your request was saved and marked urgent."
    }

    public var fromTheArticle: String { spanish ? "Este artículo dice:" : "This article says:" }
}
