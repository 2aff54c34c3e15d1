import ArgumentParser
import PamphletCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every article's sections and FAQ answers.",
        discussion: """
            Forgives typos (one from 5 letters, two from 9) and knows the synonyms of the library's lexicon.txt and of each FAQ's keywords. \
            Matched words are shown between « and ». The index is cached under \
            $XDG_CACHE_HOME/pamphlet and rebuilt when an article changes.
            Results the search is not confident answer the words come last, under a line \
            saying they are weak matches.
            JSON output: an array of {article, anchor, kind ("faq" or "section"), title, score, \
            confidence ("high", "medium" or "low"), snippet}, best first.
            Exits with status 1 when nothing matches.
            Words that speak of suicide, self-harm or overdose (the library's crisis-language.txt) \
            get crisis help first: who to call or text, then the results below a line, exit 0; \
            in JSON a first entry {"kind": "crisis", "text", "contacts": [{name, number, how, hours}]}.

            Examples:
              pamphlet search side effects
              pamphlet search blod presure --limit 3        typos are forgiven
              pamphlet search --json driving after a session
            """
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: "Words to look for.")
    var query: [String]

    @Option(name: .long, help: ArgumentHelp("Show at most N results.", valueName: "N"))
    var limit = SearchCommand.defaultLimit

    static let defaultLimit = 10

    @Flag(name: .long, help: "Print JSON for scripts.")
    var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let text = query.joined(separator: " ")
        var search = try LibrarySearch(libraryOptions: libraryOptions)
        let crisis = CrisisOutput.support(libraryDirectory: search.directory, config: search.config).help(for: text)
        let results = try search.run { engine throws(SearchIndexError) in
            try engine.search(text, options: SearchOptions(limit: limit))
        }
        if json {
            try JSONOutput.print(SearchJSONDocument(crisis: crisis.map(CrisisJSONEntry.init),
                                                    rows: results.map { SearchResultRow($0) }))
            if results.isEmpty && crisis == nil { throw ExitCode(1) }
            return
        }
        // Crisis help before any result; with help shown, no results is not a failure.
        if let crisis { CrisisOutput.printPlain(crisis, resultsFollow: !results.isEmpty) }
        guard !results.isEmpty else {
            if crisis != nil { return }
            TerminalOutput.errorLine("No results for \"\(text)\". Try fewer or other words, or see the articles with `pamphlet list`.")
            throw ExitCode(1)
        }
        // Results the engine is not confident in come last, under a line that says so.
        let confident = results.filter { $0.confidence >= QuestionAnswer.answeringConfidence }
        let weak = results.filter { $0.confidence < QuestionAnswer.answeringConfidence }
        for (number, result) in (confident + weak).enumerated() {
            if number == confident.count {
                if number > 0 { TerminalOutput.line() }
                TerminalOutput.line("Weak matches (they share words with the search, but may not answer it):")
            }
            let kind = result.kind == .faq ? "FAQ" : "Section"
            TerminalOutput.line("\(number + 1). \(result.title)  (\(kind))")
            // The text before an article's first heading has no anchor: the id alone names it.
            TerminalOutput.line("   " + (result.anchor.isEmpty ? result.article : "\(result.article)#\(result.anchor)"))
            if !result.snippet.text.isEmpty { TerminalOutput.line("   \(result.snippet.marked())") }
        }
    }
}

/// One result as `search --json` prints it; `answer` only for `faq --json`.
struct SearchResultRow: Encodable {
    var article: String
    var anchor: String
    var kind: String
    var title: String
    var score: Double
    var confidence: String
    var snippet: String
    var answer: String?

    init(_ result: SearchResult) {
        article = Sanitizer.clean(result.article)
        anchor = Sanitizer.clean(result.anchor)
        kind = result.kind.rawValue
        title = Sanitizer.clean(result.title)
        score = (result.score * 1000).rounded() / 1000
        confidence = result.confidence.rawValue
        snippet = Sanitizer.clean(result.snippet.marked())
    }

    init(answering result: SearchResult) {
        self.init(result)
        answer = Sanitizer.clean(result.text)
    }
}
