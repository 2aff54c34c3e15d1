import Testing
import PamphletTestSupport
import PamphletCore
@testable import PamphletUI

/// The interface's language as a patient changes it: `L` on the library, the offer a
/// Spanish article makes to an English interface, and a kiosk's reset for the next person.
@Suite struct LanguageSwitchTests {
    static let surgery = "cuidados-despues-de-una-cirugia"
    let kiosk = ReaderOptions(kiosk: true, idleTimeout: 120)

    init() { TestCatalogs.bind() }

    @Test func lOnTheLibrarySwitchesToSpanishAndBack() {
        var app = ReaderApp.sized(80, 24)
        #expect(app.screenText(80, 24).contains("?:help"))
        #expect(app.bottomLine(80, 24).contains("L:Español"), "\(app.bottomLine(80, 24))")
        #expect(app.press("L") == [.setLanguage(.spanish)])
        let spanish = app.screenText(80, 24)
        #expect(spanish.contains("?:ayuda"), "\(spanish)")
        #expect(spanish.contains("L:English"), "\(spanish)")
        #expect(spanish.contains("artículos"), "the count at the top is Spanish too:\n\(spanish)")
        #expect(!spanish.contains("?:help"))
        // Every screen opened after it speaks Spanish.
        app.press("?")
        #expect(app.screenText(80, 24).contains("Teclas"), "\(app.screenText(80, 24))")
        app.press("Esc")
        #expect(app.press("L") == [.setLanguage(.english)])
        let english = app.screenText(80, 24)
        #expect(english.contains("?:help") && english.contains("articles") && english.contains("L:Español"), "\(english)")
    }

    @Test func theSwitchKeepsTheSelectedArticle() {
        var app = ReaderApp.sized(80, 24)
        app.press("Down, L, Enter")
        var english = ReaderApp.sized(80, 24)
        english.press("Down, Enter")
        #expect(app.articleID == english.articleID)
        #expect(app.bottomLine(80, 24).contains("?:ayuda"), "\(app.bottomLine(80, 24))")
    }

    /// Every page of help, from the top to the end.
    private func helpText(_ app: inout ReaderApp) -> String {
        app.press("?")
        var seen: [String] = []
        for _ in 0..<10 {
            seen += app.view(width: 132, height: 40).lines
            app.press("Space")
        }
        app.press("Esc")
        return seen.joined(separator: "\n")
    }

    @Test func helpListsTheKeyInBothLanguages() {
        var app = ReaderApp.sized(132, 40)
        #expect(helpText(&app).contains(" L            Show Pamphlet in Español"), "\(helpText(&app))")
        app.press("L")
        #expect(helpText(&app).contains(" L            Ver Pamphlet en English"), "\(helpText(&app))")
    }

    @Test func withoutASpanishCatalogTheKeySaysSo() {
        var app = ReaderApp.sized(80, 24, options: ReaderOptions(languages: [.english]))
        #expect(app.press("L").isEmpty)
        #expect(app.bottomLine(80, 24).contains("Español is not available on this computer"))
        #expect(app.language == .english)
    }

    @Test func aKioskResetReturnsToItsOwnLanguage() {
        var app = ReaderApp.sized(80, 24, options: kiosk)
        _ = app.update(.tick(now: 0))
        app.press("L")
        #expect(app.update(.tick(now: 1)).isEmpty)
        #expect(app.bottomLine(80, 24).contains("?:ayuda"))
        // Switched and left on the library: still not at rest for the next person.
        #expect(app.update(.tick(now: 121)) == [.clearScrollback, .setLanguage(.english)])
        #expect(app.bottomLine(80, 24).contains("?:help"), "\(app.bottomLine(80, 24))")
        #expect(app.update(.tick(now: 400)).isEmpty, "at rest now")
    }

    @Test func aSpanishKioskResetsToSpanish() {
        var app = TestCatalogs.spanish { ReaderApp.sized(80, 24, options: kiosk) }
        _ = app.update(.tick(now: 0))
        app.press("L, Enter")
        #expect(app.update(.tick(now: 1)).isEmpty)
        #expect(app.bottomLine(80, 24).contains("?:help"))
        #expect(app.update(.tick(now: 121)) == [.clearScrollback, .setLanguage(.spanish)])
        #expect(app.currentScreen == .library)
        #expect(app.bottomLine(80, 24).contains("?:ayuda"), "\(app.bottomLine(80, 24))")
    }

    // MARK: The offer

    @Test func aSpanishArticleOffersSpanishOnceAndSSwitches() {
        var app = ReaderApp.sized(80, 24, library: SpanishReaderTests.library)
        #expect(!app.bottomLine(80, 24).contains("¿Ver Pamphlet"), "not on the library")
        app.press("Enter")
        #expect(app.currentScreen == .article)
        #expect(app.bottomLine(80, 24).contains("¿Ver Pamphlet en español? s/n"), "\(app.bottomLine(80, 24))")
        #expect(app.press("s") == [.setLanguage(.spanish)])
        #expect(app.currentScreen == .article, "s answered the question; it did not open search")
        let bottom = app.bottomLine(80, 24)
        #expect(bottom.contains("?:ayuda") && !bottom.contains("¿Ver"), "\(bottom)")
        app.press("q")
        #expect(app.bottomLine(80, 24).contains("?:ayuda"))
    }

    @Test func nDismissesTheOfferAndItIsNotAskedAgain() {
        var app = ReaderApp.sized(80, 24, library: SpanishReaderTests.library)
        app.press("Enter")
        #expect(app.bottomLine(80, 24).contains("¿Ver Pamphlet en español? s/n"))
        #expect(app.press("n").isEmpty)
        #expect(app.bottomLine(80, 24).contains("?:help"), "\(app.bottomLine(80, 24))")
        app.press("q, Down, Enter")
        #expect(app.currentScreen == .article)
        #expect(!app.bottomLine(80, 24).contains("¿Ver"), "asked once a session")
        #expect(app.language == .english)
    }

    @Test func anyOtherKeyDismissesTheOfferAndDoesItsWork() {
        var app = ReaderApp.sized(80, 24, library: SpanishReaderTests.library, openArticle: Self.surgery)
        #expect(app.bottomLine(80, 24).contains("¿Ver Pamphlet en español? s/n"), "opened at start-up, asked too")
        app.press("!")
        #expect(app.currentScreen == .crisis, "crisis help is never held back by the question")
        app.press("Esc")
        #expect(!app.bottomLine(80, 24).contains("¿Ver"))
        #expect(app.language == .english)
    }

    @Test func escDismissesTheOffer() {
        var app = ReaderApp.sized(80, 24, library: SpanishReaderTests.library, openArticle: Self.surgery)
        #expect(app.press("Esc").isEmpty)
        #expect(app.currentScreen == .article)
        #expect(!app.bottomLine(80, 24).contains("¿Ver"))
    }

    @Test func noOfferWhenTheInterfaceIsSpanishOrForAnEnglishArticle() {
        let spanish = TestCatalogs.spanish {
            ReaderApp.sized(80, 24, library: SpanishReaderTests.library, openArticle: Self.surgery)
        }
        #expect(!spanish.bottomLine(80, 24).contains("¿Ver"))
        var english = ReaderApp.sized(80, 24)
        english.press("Enter")
        #expect(!english.bottomLine(80, 24).contains("¿Ver"))
        var noCatalog = ReaderApp.sized(80, 24, library: SpanishReaderTests.library,
                                        options: ReaderOptions(languages: [.english]))
        noCatalog.press("Enter")
        #expect(!noCatalog.bottomLine(80, 24).contains("View Pamphlet"), "never offered without its catalog")
    }

    @Test func aKioskAsksTheNextPatientAgain() {
        var app = ReaderApp.sized(80, 24, library: SpanishReaderTests.library, options: kiosk)
        _ = app.update(.tick(now: 0))
        app.press("Enter, n")
        #expect(app.update(.tick(now: 1)).isEmpty)
        #expect(!app.bottomLine(80, 24).contains("¿Ver"))
        #expect(app.update(.tick(now: 121)) == [.clearScrollback])
        app.press("Enter")
        #expect(app.bottomLine(80, 24).contains("¿Ver Pamphlet en español? s/n"), "a new patient is asked")
    }

    @Test func theOfferGolden() {
        let app = ReaderApp.sized(80, 24, library: SpanishReaderTests.library, openArticle: Self.surgery)
        expectGolden(app.view(width: 80, height: 24), "article-language-offer-80x24")
    }

    // MARK: The --plain reader

    @Test func thePlainReadersLibraryMenuOffersEsAndItSwitches() {
        var plain = PlainScript()
        let opening = plain.start()
        #expect(opening.hasSuffix("es: Pamphlet en español\n"), "\(opening)")
        let spanish = plain.type("es")
        #expect(spanish.hasPrefix("Ahora Pamphlet está en español.\n2 artículos; escriba un número, o ? para ver la ayuda.\n"),
                "\(spanish)")
        #expect(spanish.hasSuffix("en: Pamphlet in English\n"), "\(spanish)")
        #expect(plain.effects == [.setLanguage(.spanish)])
        let help = plain.type("?")
        #expect(help.hasPrefix("Comandos (escriba uno y oprima Enter):\n"), "\(help)")
        #expect(help.contains("  en          Pamphlet in English\n"), "\(help)")
        let english = plain.type("en")
        #expect(english.hasPrefix("Pamphlet now speaks English.\n2 articles; type a number, or ? for help.\n"), "\(english)")
        #expect(plain.type("?").contains("  es        Pamphlet en español\n"))
    }

    @Test func withoutItsCatalogThePlainReaderDoesNotOfferSpanish() {
        var plain = PlainScript()
        plain.session = PlainReaderSession(library: Fixtures.library, languages: [.english])
        #expect(!plain.start().contains("español"))
        #expect(plain.type("es").contains("Unknown command"))
    }
}
