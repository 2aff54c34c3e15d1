import Foundation
import Testing
@testable import PamphletCore

/// `pamphlet show` must keep every word of the clinic's article.
@Suite struct ShippedArticleRenderingTests {
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The Markdown body's paragraphs: blank-line separated, without front matter,
    /// headings and author comments.
    static func paragraphs(ofMarkdown markdown: String) -> [String] {
        let body = markdown.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
        return body.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("<!--") }
    }

    @Test func everyParagraphAppearsInTheOutputAtWidth80() throws {
        let path = LoadingFixtures.shippedArticlePath
        let markdown = try String(contentsOfFile: path, encoding: .utf8)
        let article = try ArticleLoader().load(path: path)
        let lines = ArticleRenderer.render(article, width: 80)
        let output = Self.collapsed(PlainText.render(lines))

        let paragraphs = Self.paragraphs(ofMarkdown: markdown)
        #expect(paragraphs.count >= 20)
        for paragraph in paragraphs {
            #expect(output.contains(Self.collapsed(paragraph)), "missing: \(paragraph.prefix(60))…")
        }
        for section in article.allSections {
            #expect(lines.contains { $0.isHeading && $0.text == section.title && $0.anchor == section.anchor })
        }
        #expect(lines.allSatisfy { DisplayWidth.of($0.spans) <= 80 })
        #expect(output.contains("! If you are in crisis"))
    }
}
