import ArgumentParser
import PamphletCore

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or refresh the library's search index, and say what changed.",
        discussion: """
            search, faq and the reader keep an index of the library in the cache folder \
            ($XDG_CACHE_HOME/pamphlet, else ~/.cache/pamphlet). With `index: auto` (the default \
            in pamphlet.yml) each of them checks every article's size and time first and \
            rebuilds the index when one changed, so this command is never needed. With \
            `index: manual` they trust the index as it is (faster on a large library): run \
            this command after the articles change, as an install does. It rebuilds only \
            when a file's size or time differs; --rebuild builds it anyway.

            Exit status: 0 when the index is up to date, 1 when it could not be built or \
            cannot be kept (no private cache folder).

            Examples:
              pamphlet index
              pamphlet index --library /usr/local/share/pamphlet/Articles
              pamphlet index --rebuild
            """
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Flag(name: .long, help: "Build the index even when every file's size and time match it.")
    var rebuild = false

    func run() throws {
        let directory = try libraryOptions.locateDirectory()
        let refreshed: SearchIndexCache.Refreshed
        do {
            refreshed = try SearchIndexCache.forLibrary(config: LibrarySettings.load(libraryDirectory: directory))
                .refresh(libraryDirectory: directory, force: rebuild)
        } catch {
            throw CommandFailure(error.description)
        }
        for diagnostic in refreshed.diagnostics { TerminalOutput.errorLine(diagnostic.description) }
        // The list the library screen and `list` show, beside the index: with `index: manual`
        // they trust it as they trust the index.
        do {
            try LibraryCatalogCache().refresh(directory: directory, force: rebuild)
        } catch {
            throw CommandFailure(error.description)
        }
        let articles = refreshed.articleCount == 1 ? "1 article" : "\(groupedDigits(refreshed.articleCount)) articles"
        guard refreshed.path != nil else {
            TerminalOutput.errorLine("pamphlet: the index of \(directory) (\(articles)) cannot be kept: there is no private cache folder")
            throw ExitCode(1)
        }
        defer { Self.report(refreshed.semantic) }
        guard refreshed.rebuilt else {
            TerminalOutput.line("The search index of \(directory) is up to date (\(articles)).")
            return
        }
        let changes = [("added", refreshed.added), ("changed", refreshed.changed), ("removed", refreshed.removed)]
            .filter { !$0.1.isEmpty }
        let summary = changes.isEmpty ? "no article changed" : changes.map { "\(groupedDigits($0.1.count)) \($0.0)" }.joined(separator: ", ")
        TerminalOutput.line("Indexed \(articles) in \(directory): \(summary).")
        for (verb, names) in changes {
            for name in names.prefix(Self.namesShown) { TerminalOutput.line("  \(verb): \(name)") }
            if names.count > Self.namesShown { TerminalOutput.line("  … and \(groupedDigits(names.count - Self.namesShown)) more \(verb)") }
        }
    }

    /// What became of search by meaning (`semantic:` in pamphlet.yml).
    private static func report(_ semantic: SearchIndexCache.SemanticStatus) {
        switch semantic {
        case .ready(let encoded) where encoded > 0:
            TerminalOutput.line("Encoded \(groupedDigits(encoded)) \(encoded == 1 ? "passage" : "passages") for search by meaning.")
        case .ready, .off:
            break
        case .offForSize(let documents):
            TerminalOutput.line("Search by meaning is off: \(groupedDigits(documents)) sections and answers is more than "
                                + "semantic: auto encodes (\(groupedDigits(SemanticMode.automaticDocumentLimit))); "
                                + "set semantic: on in pamphlet.yml to encode them anyway.")
        case .partial(let missing):
            TerminalOutput.errorLine("pamphlet: \(groupedDigits(missing)) passages could not be encoded for search by meaning")
        case .failed(let reason):
            TerminalOutput.errorLine("pamphlet: search by meaning is off: \(reason); search goes by words alone")
        }
    }

    /// A first index of 10,000 articles would otherwise list every one of them.
    private static let namesShown = 20
}
