import PamphletCore

/// `/ WORDS` (find in the article being read) and `s WORDS` (search all articles) for the
/// line-oriented reader: each answers with a numbered list to pick from.
extension PlainReaderSession {
    /// Most matches or results listed at once; more would be a wall of speech.
    static let listLimit = 20

    /// The reply to a find or search command, or nil for any other input.
    mutating func respondToFindOrSearch(_ input: String) -> Reply? {
        let line = input.plainTrimmed
        if line.hasPrefix("/") {
            return Reply(text: find(String(line.dropFirst()).plainTrimmed))
        }
        if line.lowercased() == "s" || line.lowercased().hasPrefix("s ") {
            return Reply(text: searchLibrary(String(line.dropFirst()).plainTrimmed))
        }
        return nil
    }

    /// The lines of the article holding the words (literal, smart case, as `/` in the
    /// full-screen reader), numbered; a number reads the section.
    private mutating func find(_ words: String) -> String {
        guard let outline, let article else { return PlainSessionText.chooseAnArticleFirst + articleMenu() }
        guard !words.isEmpty else { return PlainSearchText.findHowTo }
        let finder = LiteralFinder(query: words)
        var found: [(entry: Int, line: String)] = []
        for (index, entry) in outline.entries.enumerated() {
            for line in entry.lines where !finder.matches(in: [line]).isEmpty {
                found.append((index, line))
            }
        }
        let words = Sanitizer.clean(words)
        guard !found.isEmpty else {
            return PlainSearchText.notFound(words: words, article: Sanitizer.clean(article.title))
        }
        let shown = found.prefix(Self.listLimit)
        menu = .found(shown.map(\.entry))
        var text = PlainSearchText.foundHeader(lines: found.count, words: words, listed: shown.count)
        for (number, hit) in shown.enumerated() {
            text += PlainSearchText.foundEntry(number: number + 1, section: outline.entries[hit.entry].title,
                                               excerpt: Self.excerpt(hit.line, around: finder))
        }
        return text
    }

    /// Ranked results from all articles, FAQ answers first within each article, numbered.
    private mutating func searchLibrary(_ words: String) -> String {
        guard !words.isEmpty else { return PlainSearchText.searchHowTo }
        // Crisis help first, before any result and whatever the ranking.
        guard let help = crisis.help(for: words, preferring: article?.meta.language) else { return searchResults(words) }
        return PlainCrisisText.search(help) + searchResults(words)
    }

    private mutating func searchResults(_ words: String) -> String {
        guard let search else {
            return PlainSearchText.unavailable(Sanitizer.clean(searchProblem ?? PlainSearchText.noSearchIndex))
        }
        let results: [SearchResult]
        do {
            results = try search.search(words, options: SearchOptions(limit: Self.listLimit, lastWordIsPrefix: false))
        } catch {
            return PlainSearchText.failed(Sanitizer.clean(error.description))
        }
        guard !results.isEmpty else { return PlainSearchText.nothingMatches(Sanitizer.clean(words)) }
        let grouped = results.groupedByArticle()
        menu = .searchResults(grouped)
        var text = PlainSearchText.resultsHeader(count: grouped.count)
        for (number, result) in grouped.enumerated() {
            text += PlainSearchText.resultEntry(number: number + 1, isQuestion: result.kind == .faq,
                                                title: Sanitizer.clean(result.title),
                                                article: Sanitizer.clean(result.articleTitle),
                                                snippet: Sanitizer.clean(result.snippet.text.replacingNewlines))
        }
        return text
    }

    /// Opens a result's article (if it is not the one being read) and reads its section.
    mutating func read(_ result: SearchResult) -> String {
        guard let index = library.entries.firstIndex(where: { $0.id == result.article }) else {
            return PlainSearchText.articleGone
        }
        var text = ""
        if article?.id != result.article {
            guard let chosen = library.article(at: index) else { return PlainSearchText.articleGone }
            article = chosen
            outline = PlainOutline(article: chosen, library: library)
            text += PlainSessionText.articleTitle(Sanitizer.clean(chosen.title))
        }
        guard let entry = outline?.entries.firstIndex(where: { $0.anchor == result.anchor }) else {
            return text + read(0)
        }
        return text + read(entry)
    }

    /// About 80 characters of `line` around its first match, with "…" where cut.
    private static func excerpt(_ line: String, around finder: LiteralFinder) -> String {
        let characters = Array(line)
        guard characters.count > 80, let match = finder.matches(in: [line]).first else { return line }
        let start = max(0, match.pieces[0].characters.lowerBound - 30)
        let end = min(characters.count, start + 80)
        return (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
    }
}

private extension String {
    var replacingNewlines: String { String(map { $0.isNewline ? " " : $0 }) }
}
