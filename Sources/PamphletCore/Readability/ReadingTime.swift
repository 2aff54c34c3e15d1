/// Minutes to read an article at 200 words a minute, at least one.
public enum ReadingTime {
    public static let wordsPerMinute = 200

    public static func minutes(for article: Article) -> Int {
        let words = wordCount(article.preamble) + article.allSections.reduce(0) {
            $0 + wordCount($1.title) + wordCount($1.blocks)
        }
        return max(1, (words + wordsPerMinute - 1) / wordsPerMinute)
    }

    private static func wordCount(_ blocks: [Block]) -> Int {
        blocks.reduce(0) { total, block in
            switch block.kind {
            case .paragraph(let inlines): total + wordCount(inlines.plainText)
            case .list(_, _, _, let items): total + items.reduce(0) { $0 + wordCount($1) }
            case .quote(let inner): total + wordCount(inner)
            case .code(_, let text), .html(let text): total + wordCount(text)
            case .table(let table):
                total + (table.header + table.rows.flatMap { $0 }).reduce(0) { $0 + wordCount($1.plainText) }
            case .thematicBreak: total
            }
        }
    }

    /// Runs of non-whitespace characters, judged scalar by scalar (grapheme
    /// breaking is not needed to find spaces): every article's words are counted
    /// whenever the library's catalog is built.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWhitespace = scalar.isASCII
                ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace
            if isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
