import Foundation
import Testing

/// `show` in Spanish: the words Pamphlet adds around an article (its review date, the notes
/// that say where each link leads) are Spanish; the article's own text is not translated.
@Suite struct SpanishShowTests {
    static let article = """
        ---
        title: Presión arterial
        reviewed: 2026-03-04
        ---

        # Presión arterial

        Lea [las preguntas](#preguntas), [el sueño](sueno.md#siestas), [otra](falta.md) y \
        [la fundación](https://example.org/corazon).

        ## Preguntas

        Texto.
        """
    static let other = "---\ntitle: Sueño\n---\n\n# Sueño\n\n## Siestas\n\nCortas.\n"

    @Test func theNotesAroundAnArticleAreSpanish() throws {
        try PamphletProcess.requireBinary()
        try TemporaryFolder.with { folder in
            try Self.article.write(to: folder.appendingPathComponent("presion.md"), atomically: false, encoding: .utf8)
            try Self.other.write(to: folder.appendingPathComponent("sueno.md"), atomically: false, encoding: .utf8)
            let shown = try PamphletProcess.run(["show", "presion", "--library", folder.path, "--width", "100"],
                                                environment: ["LANGUAGE": "es"])
            #expect(shown.stdout.contains("Revisado: 2026-03-04"), "\(shown.stdout)")
            #expect(shown.stdout.contains("Enlaces:"))
            #expect(shown.stdout.contains("Sueño, sección Siestas"))
            #expect(shown.stdout.contains("una página que no está en esta biblioteca"))
            for english in ["Reviewed", "Links:", ", section ", "not in this library", "cannot follow"] {
                #expect(!shown.stdout.contains(english), "\(english) in: \(shown.stdout)")
            }
            let english = try PamphletProcess.run(["show", "presion", "--library", folder.path, "--width", "100"])
            #expect(english.stdout.contains("Reviewed 2026-03-04") && english.stdout.contains("Links:"))
        }
    }
}
