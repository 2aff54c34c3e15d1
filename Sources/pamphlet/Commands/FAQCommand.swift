import ArgumentParser
import PamphletCore

struct FAQCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faq",
        abstract: "Answer a question from the articles' FAQs.",
        discussion: """
            Prints the best-matching FAQ question and its answer. JSON output: the ranked FAQ \
            matches, each {article, anchor, kind, title, score, snippet, answer}.
            Exits with status 1 when no FAQ matches, listing the closest questions.
            A question that speaks of suicide, self-harm or overdose gets crisis help first (then \
            the answer below a line, exit 0); in JSON a first entry {"kind": "crisis", "text", "contacts"}.

            Examples:
              pamphlet faq how long does a session last
              pamphlet faq side efects                      typos are forgiven
              pamphlet faq --article what-does-ketamine-therapy-feel-like --json driving
            """
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: "The question, in your own words.")
    var query: [String]

    @Option(name: .long, help: ArgumentHelp("Only this article's FAQ.", valueName: "ARTICLE"))
    var article: String?

    @Flag(name: .long, help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        let text = query.joined(separator: " ")
        var search = try LibrarySearch(libraryOptions: libraryOptions)
        if let article {
            let ids = try search.run { engine throws(SearchIndexError) in try engine.articleIDs() }
            guard ids.contains(article) else {
                let close = ArticleLookup.suggestions(for: article, among: ids)
                let hint = close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?"
                throw CommandFailure("no article '\(article)'\(hint)")
            }
        }
        let crisis = CrisisOutput.support(libraryDirectory: search.directory).help(for: text)
        let matches = try search.run { engine throws(SearchIndexError) in
            try engine.searchFAQ(text, article: article, limit: 10)
        }
        if json {
            try JSONOutput.print(SearchJSONDocument(crisis: crisis.map(CrisisJSONEntry.init),
                                                    rows: matches.map(SearchResultRow.init(answering:))))
            if crisis != nil { return }
        } else if let crisis {
            // Crisis help before any answer; with help shown, no answer is not a failure.
            CrisisOutput.printPlain(crisis, resultsFollow: !matches.isEmpty)
            if matches.isEmpty { return }
        }
        guard let best = matches.first else {
            let closest = try search.run { engine throws(SearchIndexError) in
                try engine.closestQuestions(to: text, article: article, limit: 3)
            }
            TerminalOutput.errorLine("No FAQ answers \"\(text)\".")
            if !closest.isEmpty {
                TerminalOutput.errorLine("Closest questions:")
                for question in closest {
                    TerminalOutput.errorLine("  \(question.title)  (pamphlet show \(question.article) --section \(question.anchor))")
                }
            }
            throw ExitCode(1)
        }
        if !json { printAnswer(best, libraryDirectory: search.directory) }
    }

    /// The question and its answer, laid out like `show --section` when the article still
    /// loads, else the indexed text.
    private func printAnswer(_ best: SearchResult, libraryDirectory: String) {
        let path = libraryDirectory + "/" + best.article + ".md"
        if let loaded = try? ArticleLoader().load(path: path), loaded.section(anchor: best.anchor) != nil {
            let lines = ArticleRenderer.render(loaded, width: TerminalWidth.defaultForStandardOutput, section: best.anchor)
            print(PlainText.render(lines), terminator: "")   // rendered spans are sanitized already
        } else {
            TerminalOutput.line(best.title)
            TerminalOutput.line()
            TerminalOutput.line(best.text)
        }
    }
}
