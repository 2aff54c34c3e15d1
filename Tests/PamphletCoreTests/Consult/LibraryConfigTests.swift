import Testing
@testable import PamphletCore

@Suite struct LibraryConfigTests {
    @Test func readsEverySetting() throws {
        let config = try LibraryConfig.parse("kiosk: true\nidle_timeout: 300\nreadability_max_grade: 8\n", path: "lib/pamphlet.yml")
        #expect(config == LibraryConfig(kiosk: true, idleTimeout: 300, readabilityMaxGrade: 8))
        #expect(KioskConfig(flag: false, library: config) == KioskConfig(isEnabled: true, idleTimeout: 300))
    }

    @Test func confirmationSecondsReachTheKiosk() throws {
        let config = try LibraryConfig.parse("kiosk: true\nconfirmation_seconds: 10\n", path: "lib/pamphlet.yml")
        #expect(config.confirmationSeconds == 10)
        #expect(KioskConfig(flag: false, library: config).confirmationSeconds == 10)
        #expect(LibraryConfig().confirmationSeconds == 30)
        #expect(try LibraryConfig.parse("theme: light\n", path: "p").theme == "light")
    }

    @Test func theIndexModeIsAutoUnlessSetToManual() throws {
        #expect(LibraryConfig().indexMode == .auto)
        #expect(try LibraryConfig.parse("index: manual\n", path: "p").indexMode == .manual)
        #expect(try LibraryConfig.parse("index: auto\n", path: "p").indexMode == .auto)
        #expect(throws: LibraryConfigError(diagnostics: [Diagnostic(path: "p", line: 2, message: "index must be auto or manual")])) {
            try LibraryConfig.parse("kiosk: false\nindex: sometimes\n", path: "p")
        }
    }

    @Test func languageIsTheLibrarysDefaultInterfaceLanguage() throws {
        #expect(try LibraryConfig.parse("language: es\n", path: "p").language == .spanish)
        #expect(try LibraryConfig.parse("kiosk: true\n", path: "p").language == nil)
    }

    @Test func emptyOrMissingFileMeansDefaults() throws {
        #expect(try LibraryConfig.parse("", path: "p") == LibraryConfig())
        let folder = try TemporaryFolder()
        #expect(try LibraryConfig.load(libraryDirectory: folder.path) == LibraryConfig(kiosk: false, idleTimeout: 120))
    }

    @Test func theFlagTurnsKioskOnButCannotTurnItOff() {
        #expect(KioskConfig(flag: true, library: LibraryConfig()).isEnabled)
        #expect(KioskConfig(flag: false, library: LibraryConfig(kiosk: true)).isEnabled)
        #expect(!KioskConfig(flag: false, library: LibraryConfig()).isEnabled)
    }

    @Test(arguments: [
        ("kisok: true\n", "lib/pamphlet.yml:1: error: unknown setting \"kisok\"; the settings are kiosk, idle_timeout, readability_max_grade, confirmation_seconds, theme, language, index, semantic, clinic, crisis, intake_url, intake_ca"),
        ("theme: sepia\n", "lib/pamphlet.yml:1: error: theme must be light or dark"),
        ("language: fr\n", "lib/pamphlet.yml:1: error: language must be en or es"),
        ("confirmation_seconds: 1\n", "lib/pamphlet.yml:1: error: confirmation_seconds must be a whole number of seconds from 5 to 600"),
        ("kiosk: true\nidle_timeout: 5\n", "lib/pamphlet.yml:2: error: idle_timeout must be a whole number of seconds from 10 to 86400"),
        ("kiosk: maybe\n", "lib/pamphlet.yml:1: error: kiosk must be true or false"),
        ("\nreadability_max_grade: hard\n", "lib/pamphlet.yml:2: error: readability_max_grade must be a number from 1 to 20"),
        ("- kiosk\n", "lib/pamphlet.yml:1: error: expected settings as `key: value` lines"),
    ])
    func mistakesNameTheFileAndLine(_ text: String, _ message: String) {
        #expect(throws: LibraryConfigError.self) { try LibraryConfig.parse(text, path: "lib/pamphlet.yml") }
        do {
            _ = try LibraryConfig.parse(text, path: "lib/pamphlet.yml")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func invalidYAMLIsReportedWithItsLine() {
        do {
            _ = try LibraryConfig.parse("kiosk: true\nidle_timeout: [120\n", path: "p.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.description.hasPrefix("p.yml:3: error: not valid YAML: "))
        }
    }
}
