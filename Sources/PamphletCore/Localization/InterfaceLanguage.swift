/// A language Pamphlet's own words can be shown in. English is the language of the
/// source code (gettext's msgids), so it needs no catalog.
public enum InterfaceLanguage: String, CaseIterable, Sendable, Equatable {
    case english = "en"
    case spanish = "es"

    public var code: String { rawValue }

    /// "es", "es_MX.UTF-8", "es-US", "es_ES@euro" → Spanish; "C", "POSIX", "" and
    /// languages without a catalog → nil, as gettext falls back for them.
    public init?(localeName: String) {
        let lowered = localeName.lowercased()
        let base = lowered.split(whereSeparator: { "_-.@".contains($0) }).first.map(String.init) ?? ""
        guard let language = InterfaceLanguage(rawValue: base) else { return nil }
        self = language
    }

    /// The language's name in itself, as a language switch offers it.
    public var nativeName: String {
        switch self {
        case .english: "English"
        case .spanish: "Español"
        }
    }

    /// The language the library screen's switch goes to from this one (en <-> es).
    public var next: InterfaceLanguage {
        let all = InterfaceLanguage.allCases
        let index = all.firstIndex(of: self) ?? all.startIndex
        return all[(index + 1) % all.count]
    }

    /// The separator between groups of three digits: 1,163 words, 1.163 palabras.
    public var digitGroupSeparator: Character {
        switch self {
        case .english: ","
        case .spanish: "."
        }
    }
}
