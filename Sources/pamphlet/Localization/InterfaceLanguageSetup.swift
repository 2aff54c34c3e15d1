import Foundation
import PamphletCore

/// Chooses the interface language before anything is printed, and finds the catalogs.
///
/// `--lang es|en` is global: it is taken out of the arguments here, before the parser
/// sees them, so it works before or after any command (`pamphlet --lang es search …`).
enum InterfaceLanguageSetup {
    static let option = "--lang"
    private static let choice = LockedChoice()

    /// Returns the arguments without `--lang`; exits with a usage error on a bad value.
    static func start(arguments: [String]) -> [String] {
        let (flag, rest) = takeLanguageOption(from: arguments)
        var language: InterfaceLanguage?
        if let flag {
            guard let chosen = InterfaceLanguage(rawValue: flag) else {
                TerminalOutput.errorLine("pamphlet: \(option) must be "
                    + InterfaceLanguage.allCases.map(\.code).joined(separator: " or ") + ", not \"\(flag)\"")
                Foundation.exit(64)
            }
            language = chosen
        }
        let environment = ProcessEnvironment.variables
        let languageChoice = LanguageChoice(flag: language, environment: environment)
        choice.set(languageChoice)
        if let directory = MessageCatalogs.locate(environment: environment, executableDirectory: ExecutableLocation.directory,
                                                  exists: { access($0, R_OK) == 0 }) {
            MessageCatalogs.bind(directory: directory)
        }
        apply(languageChoice.resolved(), warnIfMissing: language != nil)
        return rest
    }

    /// A library's `language:`, once its pamphlet.yml is read; `--lang` and `LANGUAGE` still win.
    static func adoptLibraryDefault(_ language: InterfaceLanguage?) {
        guard let language, let current = choice.get() else { return }
        apply(current.resolved(libraryDefault: language), warnIfMissing: true)
    }

    /// A language asked for by name (`--lang`, `language:`) says when its catalog is missing;
    /// one that comes from the locale falls back to English silently, as gettext does.
    private static func apply(_ language: InterfaceLanguage, warnIfMissing: Bool) {
        if MessageCatalogs.hasCatalog(for: language) {
            Localization.setLanguage(language)
        } else {
            Localization.setLanguage(.english)
            guard warnIfMissing else { return }
            TerminalOutput.errorLine("pamphlet: no \(language.nativeName) message catalog was found "
                + "(set \(MessageCatalogs.directoryVariable), or run make); showing English")
        }
    }

    /// `--lang X` or `--lang=X`, anywhere before a lone `--`.
    static func takeLanguageOption(from arguments: [String]) -> (String?, [String]) {
        var value: String?
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { rest += arguments[index...]; break }
            if argument == option {
                value = index + 1 < arguments.count ? arguments[index + 1] : ""
                index += 2
                continue
            }
            if argument.hasPrefix(option + "=") {
                value = String(argument.dropFirst(option.count + 1))
            } else {
                rest.append(argument)
            }
            index += 1
        }
        return (value, rest)
    }
}

/// The start-up choice, kept for when a library's default arrives.
private final class LockedChoice: @unchecked Sendable {
    private let lock = NSLock()
    private var choice: LanguageChoice?
    func set(_ value: LanguageChoice) { lock.withLock { choice = value } }
    func get() -> LanguageChoice? { lock.withLock { choice } }
}
