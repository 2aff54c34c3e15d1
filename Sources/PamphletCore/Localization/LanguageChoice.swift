/// Which language the interface starts in, decided the way gettext programs decide,
/// with two of Pamphlet's own settings placed where a person expects them:
///
/// 1. `--lang es|en` on the command line;
/// 2. `LANGUAGE` (a colon list: its first entry with a catalog wins), the variable a
///    person sets to choose the language of messages alone;
/// 3. `language:` in the library's pamphlet.yml, a clinic's default for its kiosk;
/// 4. the locale: `LC_ALL`, else `LC_MESSAGES`, else `LANG`;
/// 5. English.
///
/// The library's setting comes after `LANGUAGE` but before the locale: a kiosk runs
/// with the machine's locale, which is rarely a choice about messages.
public struct LanguageChoice: Sendable, Equatable {
    /// From `--lang` or `LANGUAGE`: a choice the person made for this program.
    public var chosen: InterfaceLanguage?
    /// From `LC_ALL`, `LC_MESSAGES` or `LANG`.
    public var locale: InterfaceLanguage?

    public init(chosen: InterfaceLanguage? = nil, locale: InterfaceLanguage? = nil) {
        self.chosen = chosen
        self.locale = locale
    }

    public init(flag: InterfaceLanguage?, environment: [String: String]) {
        chosen = flag ?? Self.firstKnown(in: environment["LANGUAGE"] ?? "")
        locale = Self.localeLanguage(environment)
    }

    /// The language to show, given the library's `language:` setting (nil when it has none).
    public func resolved(libraryDefault: InterfaceLanguage? = nil) -> InterfaceLanguage {
        chosen ?? libraryDefault ?? locale ?? .english
    }

    static func firstKnown(in list: String) -> InterfaceLanguage? {
        list.split(separator: ":").lazy.compactMap { InterfaceLanguage(localeName: String($0)) }.first
    }

    /// The messages locale as setlocale reads it: the first of these that is set and not empty.
    static func localeLanguage(_ environment: [String: String]) -> InterfaceLanguage? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return InterfaceLanguage(localeName: value) }
        }
        return nil
    }
}
