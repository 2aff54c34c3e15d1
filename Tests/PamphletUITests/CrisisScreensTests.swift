import Testing
import PamphletTestSupport
import PamphletCore
@testable import PamphletUI

/// Crisis help on screen: the banner never cut, the `!` screen with every contact, and help
/// first above search results, filtered questions and the consult review.
struct CrisisScreensTests {
    static let ketamine = "what-does-ketamine-therapy-feel-like"
    static let clinicSupport = CrisisSupport(clinic: ClinicContact(name: "Riverside Clinic", phone: "+1 555 0100",
                                                                   hours: "Mon-Fri 8-6"))

    /// Spanish crisis help comes from the Spanish catalog.
    init() { TestCatalogs.bind() }

    func shippedApp(_ width: Int, _ height: Int, library: Library = Fixtures.shippedLibrary,
                    crisis: CrisisSupport = clinicSupport) -> ReaderApp {
        ReaderApp(library: library, options: ReaderOptions(), openArticle: Self.ketamine,
                  size: Size(width: width, height: height), search: Fixtures.shippedSearch, crisis: crisis)
    }

    /// The shipped article in Spanish, to see the `!` screen in the reader's language.
    var spanishLibrary: Library {
        let shipped = Fixtures.shippedLibrary
        return Library(directory: shipped.directory, articles: shipped.articles.map { article in
            var spanish = article
            spanish.meta.language = "es"
            return spanish
        }, diagnostics: shipped.diagnostics)
    }

    @Test("the banner keeps 988 and 911 whole at every width from 20 to 132 columns")
    func bannerKeepsItsNumbers() {
        for width in 20...132 {
            for height in [6, 8, 12, 24, 40] {
                let app = shippedApp(width, height)
                guard case .article(let screen) = app.place else { Issue.record("no article"); return }
                let banner = screen.bannerLines.joined(separator: " ")
                #expect(banner.contains("988") && banner.contains("911"), "\(width)x\(height): \(screen.bannerLines)")
                #expect(!banner.contains("…"), "\(width)x\(height) cut: \(screen.bannerLines)")
                let rows = app.view(width: width, height: height).lines.prefix(screen.bannerLines.count).joined(separator: " ")
                #expect(rows.contains("988") && rows.contains("911"), "\(width)x\(height) on screen")
            }
        }
    }

    @Test func bannerGoldens() {
        for (width, height) in [(20, 12), (30, 12), (40, 12), (80, 24)] {
            let app = shippedApp(width, height)
            expectGolden(app.view(width: width, height: height), "crisis-banner-\(width)x\(height)")
        }
    }

    @Test func crisisScreenGoldens() {
        for (width, height) in [(40, 12), (80, 24)] {
            var app = shippedApp(width, height)
            app.press("!")
            expectGolden(app.view(width: width, height: height), "crisis-screen-\(width)x\(height)")
        }
        var spanish = shippedApp(80, 24, library: spanishLibrary)
        spanish.press("!")
        expectGolden(spanish.view(width: 80, height: 24), "crisis-screen-es-80x24")
    }

    @Test func crisisScreenListsEveryContactAndTheClinic() {
        var app = shippedApp(80, 40)
        app.press("!")
        let text = app.screenText(80, 40)
        #expect(text.contains("call or text 988"))
        #expect(text.contains("call 911"))
        #expect(text.contains("Riverside Clinic: call +1 555 0100"))
        #expect(text.contains("This article says:"))

        var spanish = shippedApp(80, 40, library: spanishLibrary)
        spanish.press("!")
        let spanishText = spanish.screenText(80, 40)
        #expect(spanishText.contains("Ayuda en una crisis"))
        #expect(spanishText.contains("oprima 2 para español"))
        #expect(spanishText.contains("En una emergencia: llame al 911"))
    }

    @Test func crisisScreenScrollsRatherThanCuts() {
        var app = shippedApp(40, 8)
        app.press("!")
        #expect(app.screenText(40, 8).contains("more"))
        app.press("G")
        #expect(app.screenText(40, 8).contains("This article says") || app.screenText(40, 8).contains("988"))
    }

    @Test func searchWithCrisisWordsShowsHelpAboveResults() {
        for (width, height) in [(40, 12), (80, 24)] {
            var app = shippedApp(width, height)
            app.press("s")
            app.type("I want to kill myself")
            expectGolden(app.view(width: width, height: height), "search-crisis-\(width)x\(height)")
            let lines = app.view(width: width, height: height).lines
            let help = lines.firstIndex { $0.contains("988") }
            let firstResult = lines.firstIndex { $0.contains("§ ") || $0.contains("Q ") }
            #expect(help != nil)
            if let help, let firstResult { #expect(help < firstResult) }
        }
    }

    @Test func ordinarySearchShowsNoCrisisPanel() {
        var app = shippedApp(80, 24)
        app.press("s")
        app.type("how long is a session")
        #expect(!app.screenText(80, 24).contains("988"))
    }

    @Test func faqFilterWithCrisisWordsShowsHelpFirst() {
        var app = shippedApp(80, 24)
        app.press("f")
        app.type("no quiero vivir")
        let text = app.screenText(80, 24)
        #expect(text.contains("988"))
        expectGolden(app.view(width: 80, height: 24), "faq-crisis-80x24")
    }
}
