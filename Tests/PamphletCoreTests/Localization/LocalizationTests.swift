import Testing
import PamphletTestSupport
@testable import PamphletCore

@Suite struct LocalizationTests {
    @Test func placeholdersAreFilledByPositionOrInOrder() {
        #expect(MessageFormat.fill("%2$s, %1$s", ["uno", "dos"]) == "dos, uno")
        #expect(MessageFormat.fill("%s and %s", ["a", "b"]) == "a and b")
        #expect(MessageFormat.fill("100%% sure, %1$s", ["yes"]) == "100% sure, yes")
        #expect(MessageFormat.fill("no placeholders", ["x"]) == "no placeholders")
        #expect(MessageFormat.fill("%d stays, %", []) == "%d stays, %")
    }

    @Test func pluralsFollowTheCount() {
        #expect(trn("%1$s word", "%1$s words", 1, "1") == "1 word")
        #expect(trn("%1$s word", "%1$s words", 1163, localizedCount(1163)) == "1,163 words")
        TestCatalogs.spanish {
            #expect(localizedCount(1163) == "1.163")
            #expect(localizedCount(999) == "999")
        }
    }

    @Test func groupedDigitsHandleSigns() {
        #expect(groupedDigits(-1000) == "-1,000")
        #expect(groupedDigits(-100) == "-100")
        #expect(groupedDigits(1_000_000, separator: ".") == "1.000.000")
    }

    @Test(arguments: [
        ("es_MX.UTF-8", InterfaceLanguage.spanish), ("es-US", .spanish), ("es", .spanish), ("ES_es@euro", .spanish),
        ("en_US.UTF-8", .english), ("C", nil), ("POSIX", nil), ("", nil), ("fr_FR.UTF-8", nil),
    ] as [(String, InterfaceLanguage?)])
    func localeNamesGiveTheirLanguage(_ name: String, _ language: InterfaceLanguage?) {
        #expect(InterfaceLanguage(localeName: name) == language)
    }

    @Test func theChoiceFollowsGettextsOrderWithTheLibraryAfterLanguage() {
        func choose(_ environment: [String: String], flag: InterfaceLanguage? = nil, library: InterfaceLanguage? = nil) -> InterfaceLanguage {
            LanguageChoice(flag: flag, environment: environment).resolved(libraryDefault: library)
        }
        #expect(choose([:]) == .english)
        #expect(choose(["LANG": "es_US.UTF-8"]) == .spanish)
        #expect(choose(["LANG": "es_US.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]) == .english)
        #expect(choose(["LC_MESSAGES": "en_US.UTF-8", "LC_ALL": "es_ES.UTF-8"]) == .spanish)
        // LANGUAGE: its first entry with a catalog; an empty LC_ALL does not count.
        #expect(choose(["LANGUAGE": "fr:es:en", "LANG": "C", "LC_ALL": ""]) == .spanish)
        // The library's default beats the locale, not LANGUAGE or --lang.
        #expect(choose(["LANG": "en_US.UTF-8"], library: .spanish) == .spanish)
        #expect(choose(["LANGUAGE": "en"], library: .spanish) == .english)
        #expect(choose(["LANGUAGE": "es"], flag: .english, library: .spanish) == .english)
        #expect(choose([:], flag: .spanish) == .spanish)
    }

    @Test func aTaskKeepsItsOwnLanguage() {
        TestCatalogs.spanish {
            #expect(Localization.language == .spanish)
            Localization.with(.english) { #expect(Localization.language == .english) }
        }
        #expect(Localization.language == .english)
    }

    @Test func catalogsAreFoundByTheVariableTheInstallOrTheBuildTree() {
        let installed = "/opt/bin/../share/locale/es/LC_MESSAGES/pamphlet.mo"
        let buildTree = "/src/.build/x86_64/release/../../locale/es/LC_MESSAGES/pamphlet.mo"
        #expect(MessageCatalogs.locate(environment: ["PAMPHLET_LOCALEDIR": "/here"], executableDirectory: "/opt/bin", exists: { _ in false }) == "/here")
        #expect(MessageCatalogs.locate(environment: [:], executableDirectory: "/opt/bin", exists: { $0 == installed }) == "/opt/bin/../share/locale")
        #expect(MessageCatalogs.locate(environment: [:], executableDirectory: "/src/.build/x86_64/release", exists: { $0 == buildTree })
                == "/src/.build/x86_64/release/../../locale")
        #expect(MessageCatalogs.locate(environment: [:], executableDirectory: "/opt/bin", exists: { _ in false }) == nil)
    }
}
