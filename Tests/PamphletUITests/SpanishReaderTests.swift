import Testing
import PamphletTestSupport
import PamphletCore
@testable import PamphletUI

/// The reader in Spanish, as a Spanish-reading patient meets it: the library, an article's
/// status line, help and contents at 40x12 and 80x24, from the Spanish catalog.
/// Goldens in Golden/*-es-*.txt; no common English hint word on any of these screens.
@Suite struct SpanishReaderTests {
    static let sizes: [(Int, Int)] = [(40, 12), (80, 24)]
    static let surgery = "cuidados-despues-de-una-cirugia"
    /// Words of the English status lines and titles a Spanish screen must not show.
    static let englishWords = ["contents", "questions", "search", "help", "back", "quit", "open", "close", "more",
                               "find", "links", "consult", "Keys", "article", "Contents", "Questions", "Library"]

    /// Two Spanish articles (test data only), so the reader starts on the library.
    static let library: Library = {
        do {
            return try LibraryLoader().load(directory: Fixtures.directory.appendingPathComponent("SpanishLibrary").path)
        } catch {
            fatalError("Spanish fixture library does not load: \(error)")
        }
    }()

    init() { TestCatalogs.bind() }

    /// The reader at `width` x `height` after `script`, drawn in Spanish.
    private func spanishFrame(_ width: Int, _ height: Int, script: String, openArticle: String?) -> Frame {
        TestCatalogs.spanish {
            var app = ReaderApp.sized(width, height, library: Self.library, openArticle: openArticle)
            app.press(script)
            return app.view(width: width, height: height)
        }
    }

    private func check(_ name: String, script: String = "", openArticle: String? = surgery,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        for (width, height) in Self.sizes {
            let frame = spanishFrame(width, height, script: script, openArticle: openArticle)
            expectGolden(frame, "\(name)-es-\(width)x\(height)", sourceLocation: sourceLocation)
            expectNoEnglish(frame, "\(name) at \(width)x\(height)", sourceLocation: sourceLocation)
        }
    }

    private func expectNoEnglish(_ frame: Frame, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let words = Set(frame.lines.joined(separator: " ")
            .split { !$0.isLetter }.map(String.init))
        for english in Self.englishWords {
            #expect(!words.contains(english), "\(what) shows “\(english)”:\n\(frame.lines.joined(separator: "\n"))",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func library() { check("library", openArticle: nil) }
    @Test func articleTop() { check("article-top") }
    /// Further down, with a link on screen.
    @Test func articleWithALink() { check("article-link", script: "], ], ], ]") }

    /// With a link on screen and room on the status line: Tab:enlaces, then Enter:ir al enlace
    /// once Tab chose it, and a web address is shown, not opened, in Spanish.
    @Test func theLinkHintsAndNotesAreSpanish() {
        TestCatalogs.spanish {
            var app = ReaderApp.sized(132, 40, library: Self.library, openArticle: Self.surgery)
            app.press("], ], ], ]")
            #expect(app.bottomLine(132, 40).contains("Tab:enlaces"), "\(app.bottomLine(132, 40))")
            app.press("Tab")
            #expect(app.bottomLine(132, 40).contains("Enter:ir al enlace"), "\(app.bottomLine(132, 40))")
            app.press("Enter")
            #expect(app.bottomLine(132, 40).contains("Dirección web: https://example.org/enfermeria"))
            #expect(app.bottomLine(132, 40).contains("Pamphlet no la abre"))
        }
    }

    /// The find prompt and its counts, and a find that matches nothing, in Spanish.
    @Test func findSpeaksSpanish() {
        TestCatalogs.spanish {
            var app = ReaderApp.sized(80, 24, library: Self.library, openArticle: Self.surgery)
            app.press("/")
            #expect(app.bottomLine(80, 24).contains("escriba para encontrar en este artículo"))
            app.type("herida")
            app.press("Enter")
            #expect(app.bottomLine(80, 24).contains("n:siguiente N:anterior Esc:borrar"), "\(app.bottomLine(80, 24))")
            app.press("Esc, /")
            app.type("xyzzy")
            app.press("Enter")
            #expect(app.bottomLine(80, 24).contains("“xyzzy” no está en este artículo"), "\(app.bottomLine(80, 24))")
        }
    }
    @Test func help() { check("help", script: "?") }
    @Test func contents() { check("contents", script: "t") }
    @Test func questionsWithAnAnswerOpen() { check("questions", script: "f, Down, Enter") }
    @Test func questionsFiltered() { check("questions-filtered", script: "f, p, u, n, t, o, s") }
    @Test func searchResults() { check("search-results", script: "s, d, o, l, o, r") }
    @Test func searchEmpty() { check("search-empty", script: "s") }

    @Test func theLibraryHeadingAndReadingTimeAreSpanish() {
        let text = TestCatalogs.spanish {
            ReaderApp.sized(80, 24, library: Self.library).screenText(80, 24)
        }
        #expect(text.contains("2 artículos"))
        #expect(text.contains(" min"))
        #expect(text.contains("?:ayuda"))
        #expect(text.contains("!:crisis"))
    }

    @Test func theArticleStatusLineOffersTheSpanishHints() {
        let bottom = TestCatalogs.spanish {
            ReaderApp.sized(132, 40, library: Self.library, openArticle: Self.surgery).bottomLine(132, 40)
        }
        for hint in ["t:contenido", "f:preguntas", "s:buscar", "c:consulta", "/:encontrar", "?:ayuda", "q:atrás"] {
            #expect(bottom.contains(hint), "\(bottom)")
        }
    }

    /// Help lists every binding's description in Spanish; none is left as the English text.
    @Test func everyKeyDescriptionHasASpanishTranslation() {
        let english = KeyMap.standard.bindings.map(\.description)
        let spanish = TestCatalogs.spanish { KeyMap.standard.bindings.map(\.description) }
        for (en, es) in zip(english, spanish) {
            #expect(en != es, "not translated: \(en)")
        }
        let titles = TestCatalogs.spanish { KeyBinding.Group.allCases.map(\.title) }
        #expect(Set(titles).isDisjoint(with: KeyBinding.Group.allCases.map(\.title)))
    }

    /// Scrolled to its end, Spanish help at 40 columns cuts nothing: long titles and
    /// descriptions wrap at spaces.
    @Test func spanishHelpWrapsAndCutsNothing() {
        TestCatalogs.spanish {
            var app = ReaderApp.sized(40, 12, library: Self.library, openArticle: Self.surgery)
            app.press("?")
            var seen: [String] = []
            for _ in 0..<40 {
                seen += app.view(width: 40, height: 12).lines.dropLast()
                app.press("Space")
            }
            let text = seen.joined(separator: "\n")
            #expect(!text.contains("…"), "\(text)")
            #expect(text.contains("Pedir una consulta (c): las letras y"))
            #expect(text.contains("Buscar en todos los artículos (s): las"))
        }
    }

    /// The English screens are drawn as before when Spanish was drawn in the same process.
    @Test func englishStaysEnglishBesideSpanish() {
        _ = spanishFrame(80, 24, script: "?", openArticle: Self.surgery)
        var app = ReaderApp.sized(80, 24, openArticle: "first-visit")
        #expect(app.bottomLine(80, 24).contains("t:contents"))
        app.press("?")
        #expect(app.screenText(80, 24).contains("Keys"))
        #expect(app.screenText(80, 24).contains("Down a line, or the next item"))
    }
}
