/// Every sentence of the line-oriented reader's find (`/ WORDS`) and search
/// (`s WORDS`), whole, with placeholders. Arguments arrive already sanitized.
enum PlainSearchText {
    static let findHowTo = "Type / and the words to find, for example: / side effects\n"
    static let searchHowTo = "Type s and your words, for example: s how long is a session\n"

    /// Find had no match: say so, and offer the search that forgives typos.
    static func notFound(words: String, article: String) -> String {
        "\"\(words)\" is not in \(article). Try s and your words to search all articles.\n"
    }

    static func foundHeader(lines: Int, words: String, listed: Int) -> String {
        let found = PlainSessionText.counted(lines, "line", "lines")
        return listed < lines
            ? "\(found) with \"\(words)\", the first \(listed) listed; type a number to read that section.\n"
            : "\(found) with \"\(words)\"; type a number to read that section.\n"
    }

    static func foundEntry(number: Int, section: String, excerpt: String) -> String {
        "\(number). \(section): \(excerpt)\n"
    }

    static func unavailable(_ reason: String) -> String { "Search is not available: \(reason).\n" }
    static func failed(_ reason: String) -> String { "Search failed: \(reason).\n" }
    static let noSearchIndex = "no search index"
    static func nothingMatches(_ words: String) -> String { "Nothing matches \"\(words)\". Try other words.\n" }

    static func resultsHeader(count: Int) -> String {
        "\(PlainSessionText.counted(count, "result", "results")); type a number to read it.\n"
    }

    static func resultEntry(number: Int, isQuestion: Bool, title: String, article: String, snippet: String) -> String {
        isQuestion ? "\(number). Question: \(title) (\(article)) \(snippet)\n"
                   : "\(number). Section: \(title) (\(article)) \(snippet)\n"
    }

    static let articleGone = "That article is no longer in the library.\n"
}
