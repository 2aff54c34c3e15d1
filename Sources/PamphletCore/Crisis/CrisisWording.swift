/// The sentences of crisis help, in the language of the help (the catalog's Spanish, or
/// English). Nothing here says how anyone could hurt themselves: only that help is
/// there, and how to reach it.
public struct CrisisWording: Sendable, Equatable {
    public let language: String

    /// "es-MX" → "es"; a language without a catalog gets English.
    public init(language: String) {
        self.language = (InterfaceLanguage(localeName: language) ?? .english).code
    }

    static func baseLanguage(_ language: String) -> String {
        String(language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "en")
    }

    /// The wording's own language, whatever the interface's.
    private func say(_ words: () -> String) -> String {
        Localization.with(InterfaceLanguage(rawValue: language) ?? .english, words)
    }

    public var title: String { say { tr("Crisis help") } }

    public var intro: String {
        say { tr("You are not alone. If you are thinking about suicide or hurting yourself, or you are in crisis, help is there right now:") }
    }

    /// "988 Suicide & Crisis Lifeline: call or text 988 (24/7)".
    public func line(for contact: CrisisContact) -> String {
        say {
            let number = contact.number
            let action = switch (contact.ways.contains(.call), contact.ways.contains(.text), contact.press) {
            case (true, true, nil): tr("call or text %1$s", number)
            case (true, true, let press?): tr("call or text %1$s, then press %2$s", number, press)
            case (false, true, nil): tr("text %1$s", number)
            case (false, true, let press?): tr("text %1$s, then press %2$s", number, press)
            case (_, _, nil): tr("call %1$s", number)
            case (_, _, let press?): tr("call %1$s, then press %2$s", number, press)
            }
            return contact.hours.map { tr("%1$s: %2$s (%3$s)", contact.name, action, $0) } ?? tr("%1$s: %2$s", contact.name, action)
        }
    }

    public func line(for clinic: ClinicContact) -> String {
        say {
            clinic.hours.map { tr("Your clinic, %1$s: call %2$s (%3$s)", clinic.name, clinic.phone, $0) }
                ?? tr("Your clinic, %1$s: call %2$s", clinic.name, clinic.phone)
        }
    }

    /// "call/text 988", or the contact's own short words.
    public func shortWords(for contact: CrisisContact) -> String {
        if let short = contact.short { return short }
        return say {
            switch (contact.ways.contains(.call), contact.ways.contains(.text)) {
            case (true, true): trc("crisis banner", "call/text %1$s", contact.number)
            case (false, true): trc("crisis banner", "text %1$s", contact.number)
            default: trc("crisis banner", "call %1$s", contact.number)
            }
        }
    }

    /// Short words glued to their number with no-break spaces, so wrapping keeps
    /// "emergency 911" on one row.
    func keptTogether(_ words: String) -> String { words.replacing(" ", with: "\u{00A0}") }

    public var shortLead: String { say { tr("Crisis:") } }

    /// Said above the results of a search that holds crisis language.
    public var resultsBelow: String { say { tr("Search results:") } }

    /// On the consult form's review and after saving, when the message holds crisis language.
    public var consultNotice: String {
        say { tr("Your message says you may be in danger. The clinic does not read requests right away: please reach out now.") }
    }

    public var urgentSaved: String { say { tr("Your request was saved and marked urgent.") } }

    public var fromTheArticle: String { say { tr("This article says:") } }
}
