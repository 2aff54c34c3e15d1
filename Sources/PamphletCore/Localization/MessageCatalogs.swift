import CGettext
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the compiled catalogs are and how glibc is made to read them.
///
/// glibc looks a message up in `<dir>/<LANGUAGE entry>/LC_MESSAGES/pamphlet.mo`, and
/// reads `LANGUAGE` only when the messages locale is not "C". Most machines have no
/// es_ES.UTF-8 locale, so Pamphlet sets LC_MESSAGES alone to the user's locale or,
/// failing that, to C.UTF-8 (which every glibc since 2.35 has), and sets `LANGUAGE`
/// itself to the language it chose. Other categories stay as they were, so numbers in
/// `--json` and tables never change with the locale.
public enum MessageCatalogs {
    public static let directoryVariable = "PAMPHLET_LOCALEDIR"

    /// Where the catalogs were bound, nil before `bind` (every language but English then falls back to it).
    private static let state = LockedValue(State())

    struct State {
        var directory: String?
        var messagesLocaleReady = false
        var activeLanguage: InterfaceLanguage?
    }

    /// The catalog folder: `$PAMPHLET_LOCALEDIR`, else `<executable>/../share/locale` (installed),
    /// else `<executable>/../../locale` (the build tree, where `make` compiles them).
    public static func locate(environment: [String: String], executableDirectory: String?,
                              exists: (String) -> Bool) -> String? {
        if let explicit = environment[directoryVariable], !explicit.isEmpty { return explicit }
        guard let executableDirectory else { return nil }
        let candidates = [FilePath.join(executableDirectory, "../share/locale"), FilePath.join(executableDirectory, "../../locale")]
        return candidates.first { directory in
            InterfaceLanguage.allCases.contains { $0 != .english && exists(catalogPath(in: directory, for: $0)) }
        }
    }

    public static func catalogPath(in directory: String, for language: InterfaceLanguage) -> String {
        FilePath.join(directory, "\(language.code)/LC_MESSAGES/\(Localization.domain).mo")
    }

    /// Tells gettext where the catalogs are; messages are read as UTF-8 whatever the locale.
    public static func bind(directory: String) {
        state.withLock { state in
            _ = bindtextdomain(Localization.domain, directory)
            _ = bind_textdomain_codeset(Localization.domain, "UTF-8")
            state.directory = directory
        }
    }

    /// Whether a catalog for `language` is bound and readable.
    public static func hasCatalog(for language: InterfaceLanguage) -> Bool {
        guard language != .english else { return true }
        guard let directory = state.value.directory else { return false }
        return access(catalogPath(in: directory, for: language), R_OK) == 0
    }

    /// Call after anything that sets the whole locale (the full-screen reader does, for
    /// ncurses): LC_MESSAGES "C" would make gettext ignore the catalogs again.
    public static func keepMessagesLocale() {
        state.withLock { state in
            state.messagesLocaleReady = false
            prepareMessagesLocale(&state)
        }
    }

    /// Makes glibc read `language`'s catalog; false when no catalog is bound.
    static func activate(_ language: InterfaceLanguage) -> Bool {
        state.withLock { state in
            guard state.directory != nil else { return false }
            prepareMessagesLocale(&state)
            guard state.messagesLocaleReady else { return false }
            if state.activeLanguage != language {
                // glibc reads LANGUAGE at every lookup and keeps loaded catalogs by language.
                setenv("LANGUAGE", language.code, 1)
                state.activeLanguage = language
            }
            return true
        }
    }

    private static func prepareMessagesLocale(_ state: inout State) {
        guard !state.messagesLocaleReady else { return }
        if let current = setlocale(LC_MESSAGES, nil).map({ String(cString: $0) }), !isPlainC(current) {
            state.messagesLocaleReady = true
            return
        }
        if let chosen = setlocale(LC_MESSAGES, ""), !isPlainC(String(cString: chosen)) {
            state.messagesLocaleReady = true
            return
        }
        let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]
        state.messagesLocaleReady = fallbacks.contains { name in setlocale(LC_MESSAGES, name) != nil }
    }

    private static func isPlainC(_ name: String) -> Bool { name == "C" || name == "POSIX" }
}
