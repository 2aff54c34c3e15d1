import ArgumentParser
import Foundation
import PamphletCore

/// `pamphlet check [PATH...]`: the authors' lint, also for CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check articles for errors, broken links, unsafe characters and reading level.",
        discussion: """
            Prints one line per finding, as `path:line: level: message`, then a table per article \
            with its reading level (Flesch-Kincaid grade and SMOG). Exits 1 when any article has \
            an error (or, with --strict, a warning), 0 otherwise.

            Reading level: patient material should read at school grade 6 to 8. A warning is given \
            for an article or a section (of at least \(ArticleChecker.minimumWordsToGrade) words) \
            above --max-grade, or `readability_max_grade` in the library's pamphlet.yml (default 8).

            Examples:
              pamphlet check                       check the whole library
              pamphlet check Articles/new-topic.md check one file before publishing
              pamphlet check --strict              fail on warnings too (for CI)
            """)

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: ArgumentHelp("Article files or folders to check (default: the library).", valueName: "PATH"))
    var paths: [String] = []

    @Flag(help: "Fail on warnings as well as errors.")
    var strict = false

    @Option(help: ArgumentHelp("Warn above this Flesch-Kincaid grade.", valueName: "GRADE"))
    var maxGrade: Double?

    @Flag(help: "Print only the findings, not the reading-level table.")
    var quiet = false

    func run() throws {
        let targets = try CheckTargets.resolve(paths: paths, libraryOptions: libraryOptions)
        let checker = ArticleChecker(maxGrade: maxGrade ?? targets.configuredMaxGrade ?? 8,
                                     library: targets.linkTargets)
        var errors = targets.loadFailures.count
        var warnings = 0
        var reports: [ArticleChecker.Report] = []

        for failure in targets.loadFailures { TerminalOutput.line(failure.description) }
        for finding in targets.libraryFindings {
            TerminalOutput.line(finding.description)
            if finding.level == .error { errors += 1 } else if finding.level == .warning { warnings += 1 }
        }
        for article in targets.articles {
            let report = checker.check(article, source: targets.sources[article.path])
            for finding in report.diagnostics {
                TerminalOutput.line(finding.description)
                switch finding.level {
                case .error: errors += 1
                case .warning: warnings += 1
                case .note: break
                }
            }
            reports.append(report)
        }
        if !quiet {
            if !reports.isEmpty || errors + warnings > 0 { TerminalOutput.line() }
            for line in ReadabilityTable.lines(reports) { TerminalOutput.line(line) }
        }
        let files = targets.articles.count + targets.loadFailures.count
        TerminalOutput.line("\(files) file\(files == 1 ? "" : "s") checked: "
                            + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}
