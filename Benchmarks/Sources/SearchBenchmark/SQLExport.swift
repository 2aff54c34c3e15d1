#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PamphletCore

/// Writes the library's documents (FAQ entries and sections, the same units the index
/// holds) as SQL inserts into an FTS5 table, for `search-vs-fts5.sh`.
enum SQLExport {
    static func write(library: String, to path: String) throws {
        let loaded = try LibraryLoader().load(directory: library)
        guard let file = fopen(path, "w") else { throw ExportError.cannotWrite(path) }
        defer { fclose(file) }
        fputs("CREATE VIRTUAL TABLE docs USING fts5(article UNINDEXED, anchor UNINDEXED, title, keywords, article_title, body, tokenize='porter unicode61');\nBEGIN;\n", file)
        for article in loaded.articles {
            let faqAnchors = Set(article.faq.map(\.anchor))
            for entry in article.faq {
                insert(file, article.id, entry.anchor, entry.question, entry.keywords.joined(separator: ", "), article.title, text(entry.answer))
            }
            for section in article.allSections where !faqAnchors.contains(section.anchor) {
                insert(file, article.id, section.anchor, section.title, "", article.title, text(section.blocks))
            }
        }
        fputs("COMMIT;\n", file)
    }

    private static func insert(_ file: UnsafeMutablePointer<FILE>, _ values: String...) {
        let quoted = values.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }
        fputs("INSERT INTO docs VALUES(\(quoted.joined(separator: ",")));\n", file)
    }

    private static func text(_ blocks: [Block]) -> String {
        blocks.compactMap { block -> String? in
            if case .paragraph(let inlines) = block.kind { return inlines.plainText }
            return nil
        }.joined(separator: " ")
    }

    enum ExportError: Error { case cannotWrite(String) }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
