import ArgumentParser
import PamphletCore

struct FAQCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faq",
        abstract: "Answer a question from the articles' FAQs and sections.",
        discussion: """
            Prints the best answer, an FAQ entry or a section, when the search is confident \
            that it answers the question. JSON output: the ranked matches, each {article, anchor, \
            kind, title, score, confidence ("high", "medium" or "low"), snippet, answer}.
            Exits with status 1 when nothing answers with confidence, saying it is not sure and \
            listing the closest questions.
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

    @Option(name: .long, help: ArgumentHelp("Only this article.", valueName: "ARTICLE"))
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
        let crisis = CrisisOutput.support(libraryDirectory: search.directory, config: search.config).help(for: text)
        let answer = try search.run { engine throws(SearchIndexError) in try engine.answer(text, article: article) }
        switch answer {
        case .answer(let best, let ranked):
            if json {
                try JSONOutput.print(SearchJSONDocument(crisis: crisis.map(CrisisJSONEntry.init),
                                                        rows: ranked.map(SearchResultRow.init(answering:))))
                return
            }
            // Crisis help before any answer.
            if let crisis { CrisisOutput.printPlain(crisis, resultsFollow: true) }
            printAnswer(best, libraryDirectory: search.directory)
        case .unsure(let closest, let ranked):
            if json {
                try JSONOutput.print(SearchJSONDocument(crisis: crisis.map(CrisisJSONEntry.init),
                                                        rows: ranked.map(SearchResultRow.init(answering:))))
                if crisis != nil { return }
            } else if let crisis {
                // With crisis help shown, no confident answer is not a failure.
                CrisisOutput.printPlain(crisis, resultsFollow: false)
                return
            }
            TerminalOutput.errorLine(ranked.isEmpty ? "No article answers \"\(text)\"."
                                                    : "Not sure any article answers \"\(text)\".")
            if !closest.isEmpty {
                TerminalOutput.errorLine("Closest questions:")
                for question in closest {
                    TerminalOutput.errorLine("  \(question.title)  (pamphlet show \(question.article) --section \(question.anchor))")
                }
            }
            throw ExitCode(1)
        }
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
