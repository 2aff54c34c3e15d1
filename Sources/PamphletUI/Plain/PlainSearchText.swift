import PamphletCore

/// Every sentence of the line-oriented reader's find (`/ WORDS`) and search
/// (`s WORDS`), whole, with placeholders. Arguments arrive already sanitized.
enum PlainSearchText {
    static var findHowTo: String { tr("Type / and the words to find, for example: / side effects") + "\n" }
    static var searchHowTo: String { tr("Type s and your words, for example: s how long is a session") + "\n" }

    /// Find had no match: say so, and offer the search that forgives typos.
    static func notFound(words: String, article: String) -> String {
        tr("\"%1$s\" is not in %2$s. Try s and your words to search all articles.", words, article) + "\n"
    }

    static func foundHeader(lines: Int, words: String, listed: Int) -> String {
        let found = screenCount(lines)
        return (listed < lines
            ? trn("%1$s line with \"%2$s\", the first %3$s listed; type a number to read that section.",
                  "%1$s lines with \"%2$s\", the first %3$s listed; type a number to read that section.",
                  lines, found, words, String(listed))
            : trn("%1$s line with \"%2$s\"; type a number to read that section.",
                  "%1$s lines with \"%2$s\"; type a number to read that section.", lines, found, words)) + "\n"
    }

    static func foundEntry(number: Int, section: String, excerpt: String) -> String {
        "\(number). \(section): \(excerpt)\n"
    }

    static func unavailable(_ reason: String) -> String { tr("Search is not available: %1$s.", reason) + "\n" }
    static func failed(_ reason: String) -> String { tr("Search failed: %1$s.", reason) + "\n" }
    static var noSearchIndex: String { tr("no search index") }
    static func nothingMatches(_ words: String) -> String { tr("Nothing matches \"%1$s\". Try other words.", words) + "\n" }

    static func resultsHeader(count: Int) -> String {
        trn("%1$s result; type a number to read it.", "%1$s results; type a number to read it.",
            count, screenCount(count)) + "\n"
    }

    static func resultEntry(number: Int, isQuestion: Bool, title: String, article: String, snippet: String) -> String {
        "\(number). " + (isQuestion ? trc("plain reader entry", "Question: %1$s (%2$s) %3$s", title, article, snippet)
                                    : trc("plain reader entry", "Section: %1$s (%2$s) %3$s", title, article, snippet)) + "\n"
    }

    static var articleGone: String { tr("That article is no longer in the library.") + "\n" }
}
