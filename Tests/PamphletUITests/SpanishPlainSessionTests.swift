import Testing
import PamphletTestSupport
import PamphletCore
@testable import PamphletUI

/// The line-oriented reader (`--plain`) in Spanish, as a Spanish-reading patient using a
/// screen reader hears it: menus, headings, the ends of sections, find, search, links and
/// help from the Spanish catalog, with none of the English words the reader says otherwise.
/// The command letters (t, n, s, q, ...) stay as they are.
@Suite struct SpanishPlainSessionTests {
    /// Words of the English plain reader a Spanish transcript must not hold.
    static let englishWords = ["sections", "questions", "Section", "Question", "contents", "search", "help", "quit",
                               "entries", "entry", "article", "articles", "Article", "Type", "type", "number",
                               "next", "previous", "Commands", "WORDS", "NUMBER", "link", "End", "Goodbye"]

    init() { TestCatalogs.bind() }

    private func expectNoEnglish(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let words = Set(text.split { !$0.isLetter }.map(String.init))
        for english in Self.englishWords {
            #expect(!words.contains(english), "\(what) says “\(english)”:\n\(text)", sourceLocation: sourceLocation)
        }
    }

    /// The library, the contents, a section, the next one, a search, the help and goodbye.
    @Test func aSessionFromTheLibraryToGoodbyeIsSpanish() {
        TestCatalogs.spanish {
            var plain = PlainScript(library: SpanishReaderTests.library)
            let opening = plain.start()
            #expect(opening.hasPrefix("2 artículos; escriba un número, o ? para ver la ayuda.\n"), "\(opening)")
            let surgery = opening.split(separator: "\n").first { $0.contains("Cuidados después de una cirugía") }
            let number = surgery.flatMap { $0.split(separator: ".").first }.map(String.init) ?? "?"

            let article = plain.type(number)
            #expect(article.hasPrefix("Artículo: Cuidados después de una cirugía\n"), "\(article)")
            #expect(article.contains("Ayuda ahora: Si está en una crisis"))
            let contents = plain.type("t")
            #expect(contents.hasPrefix("10 partes: 6 secciones y 4 preguntas; escriba un número, o ? para ver la ayuda.\n"),
                    "\(contents)")
            #expect(contents.contains("2. Cuidado de la herida\n"))
            #expect(contents.contains("7. Pregunta: ¿Cuándo puedo ducharme?\n"))

            let section = plain.type("2")
            #expect(section.hasPrefix("Sección 2 de 10: Cuidado de la herida\n"), "\(section)")
            #expect(section.contains("Mantenga la herida limpia y seca"))
            #expect(section.hasSuffix("Fin de la sección 2. n siguiente, p anterior, t contenido, q salir.\n"))
            let next = plain.type("n")
            #expect(next.hasPrefix("Sección 3 de 10: Control del dolor\n"), "\(next)")

            let search = plain.type("s herida")
            #expect(search.contains("; escriba un número para leer"), "\(search)")
            #expect(search.contains("1. Sección: ") || search.contains("1. Pregunta: "), "\(search)")

            let help = plain.type("?")
            #expect(help.hasPrefix("Comandos (escriba uno y oprima Enter):\n"), "\(help)")
            #expect(help.contains("  t           contenido: las secciones y las preguntas\n"), "\(help)")
            #expect(help.contains("  s PALABRAS  buscar en todos los artículos\n"), "\(help)")
            #expect(help.contains("  g NÚMERO    ir al enlace NÚMERO de la sección que acaba de leer\n"), "\(help)")
            #expect(help.hasSuffix("  q           salir\n"), "\(help)")

            let goodbye = plain.type("q")
            #expect(goodbye == "Adiós.\n")
            #expect(plain.takeEffects().last == .quit)

            for (what, text) in [("the library", opening), ("the article", article), ("the contents", contents),
                                 ("a section", section), ("the next section", next), ("a search", search),
                                 ("the help", help), ("goodbye", goodbye)] {
                expectNoEnglish(text, what)
            }
        }
    }

    /// The questions, find, a web link, the ends of the article and what is said to a mistyped command.
    @Test func questionsFindLinksAndMistakesAreSpanish() {
        TestCatalogs.spanish {
            var plain = PlainScript(library: SpanishReaderTests.library, openArticle: SpanishReaderTests.surgery)
            var said = [plain.start()]
            let questions = plain.type("f")
            #expect(questions.hasPrefix("4 preguntas; escriba un número, o ? para ver la ayuda.\n"), "\(questions)")
            let question = plain.type("1")
            #expect(question.hasPrefix("Pregunta 7 de 10: ¿Cuándo puedo ducharme?\n"), "\(question)")
            #expect(question.hasSuffix("Fin de la pregunta 7. n siguiente, p anterior, t contenido, q salir.\n"))
            said += [questions, question]

            let found = plain.type("/ herida")
            #expect(found.contains("líneas con “herida”; escriba un número para leer esa sección.\n"), "\(found)")
            let notFound = plain.type("/ xyzzy")
            #expect(notFound == "“xyzzy” no está en Cuidados después de una cirugía. "
                    + "Pruebe s y sus palabras para buscar en todos los artículos.\n")
            #expect(plain.type("/") == "Escriba / y las palabras que quiere encontrar, por ejemplo: / efectos secundarios\n")
            #expect(plain.type("s") == "Escriba s y sus palabras, por ejemplo: s cuánto dura una sesión\n")
            #expect(plain.type("s xyzzy") == "No se encontró nada para “xyzzy”. Pruebe otras palabras.\n")
            said += [found, notFound]

            let alarm = plain.type("t", "5")
            #expect(alarm.contains("Sección 5 de 10: Señales de alarma\n"), "\(alarm)")
            let link = plain.type("g 1")
            #expect(link == "Ese enlace es una dirección web: https://example.org/enfermeria\n"
                    + "Pamphlet no la abre; si quiere, escríbala en un navegador de internet.\n", "\(link)")
            #expect(plain.type("g 9") == "Escriba g y un número del 1 al 1.\n")
            #expect(plain.type("b") == "No ha abierto ningún enlace; no hay adónde regresar.\n")
            said += [alarm, link]

            #expect(plain.type("x") == "“x” no es un comando. Escriba ? para ver la ayuda.\n")
            #expect(plain.type("99") == "Escriba un número del 1 al 10.\n")
            #expect(plain.type("1", "p").hasSuffix("Esta es la primera sección. t contenido, q salir.\n"))
            #expect(plain.type("10", "n").hasSuffix("Esa fue la última sección. t contenido, q salir.\n"))
            #expect(plain.type("l").hasPrefix("2 artículos; "))
            for (index, text) in said.enumerated() { expectNoEnglish(text, "reply \(index + 1)") }
        }
    }

    /// The help, rebuilt from its translated lines, is still the English it always was.
    @Test func theEnglishHelpIsUnchanged() {
        var plain = PlainScript()
        _ = plain.start()
        #expect(plain.type("?") == """
            Commands (type one, then Enter):
              a number  choose from the last menu
              n         next section (Enter alone does the same)
              p         previous section
              t         contents: the sections and questions
              f         frequently asked questions
              / WORDS   find words in this article
              s WORDS   search all articles
              g NUMBER  follow link NUMBER of the section just read
              b         back to where the link was followed from
              l         list of articles
              !         where to get help now
              c         request a consultation with the clinic
              es        Pamphlet en español
              q         quit

            """)
    }
}
