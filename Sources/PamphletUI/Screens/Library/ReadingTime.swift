import PamphletCore

/// Minutes to read an article at 200 words a minute, at least one.
enum ReadingTime {
    static let wordsPerMinute = 200

    static func minutes(for article: Article) -> Int {
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

    /// Runs of non-whitespace characters. A one-byte character is judged by its
    /// byte: the library screen counts every article's words when it opens.
    static func wordCount(_ text: String) -> Int {
        let utf8 = text.utf8
        var count = 0
        var inWord = false
        var position = text.startIndex
        while position < text.endIndex {
            let next = text.index(after: position)
            let byte = utf8[position]
            let isWhitespace = byte < 0x80 && utf8.index(after: position) == next
                ? byte == 0x20 || (0x09...0x0D).contains(byte)
                : text[position].isWhitespace
            if isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
            position = next
        }
        return count
    }
}
