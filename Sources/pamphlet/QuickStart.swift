import ArgumentParser

/// The starts that matter most for speed — the reader, on the library or on one article,
/// a search, a question, and `--version` — read by hand. swift-argument-parser costs about 18 M instructions at
/// every start (the Swift runtime's protocol-conformance scans over a binary that links
/// Foundation), a third of the reader's first paint. Only plain forms are taken here:
///
///     pamphlet [--library DIR] [--kiosk] [--plain] [--no-color] [--no-mouse]
///     pamphlet read ID [the same options]
///     pamphlet search WORDS [--library DIR] [--limit N] [--json]
///     pamphlet faq WORDS [--library DIR] [--json]
///     pamphlet --version
///
/// Anything else (another command or option, a repeated option, `--`, `-h`, a value that
/// looks like an option) goes to the parser, which also owns every error and all help.
/// The commands are built with every option set, as the parser would set them.
enum QuickStart {
    enum Start {
        case version
        case command(any ParsableCommand)
    }

    static func start(for arguments: [String]) -> Start? {
        if arguments == ["--version"] { return .version }
        if arguments.first == "search" || arguments.first == "faq" { return query(arguments) }
        var rest = arguments[...]
        let reading = rest.first == "read"
        if reading { rest = rest.dropFirst() }
        var article: String?
        var library: String?
        var switches: Set<String> = []
        while let word = rest.popFirst() {
            if let value = optionValue("--library", word, &rest) {
                guard library == nil, let value else { return nil }
                library = value
            } else if Self.switches.contains(word) {
                guard switches.insert(word).inserted else { return nil }
            } else if reading, article == nil, !word.hasPrefix("-"), !word.isEmpty {
                article = word
            } else {
                return nil
            }
        }
        var libraryOptions = LibraryOptions()
        libraryOptions.library = library
        var flags = ReaderFlags()
        flags.kiosk = switches.contains("--kiosk")
        flags.noColor = switches.contains("--no-color")
        flags.noMouse = switches.contains("--no-mouse")
        flags.plain = switches.contains("--plain")
        flags.theme = nil
        var store = StoreOptions()
        store.requests = nil
        if reading {
            guard let article else { return nil }   // the parser says what is missing
            var command = ReadCommand()
            command.article = article
            command.section = nil
            command.libraryOptions = libraryOptions
            command.reader = flags
            command.storeOptions = store
            return .command(command)
        }
        var command = Pamphlet()
        command.libraryOptions = libraryOptions
        command.reader = flags
        command.storeOptions = store
        return .command(command)
    }

    private static let switches: Set<String> = ["--kiosk", "--plain", "--no-color", "--no-mouse"]

    /// For `--name VALUE` or `--name=VALUE`: .some(value), or .some(nil) when the value is
    /// missing, empty or looks like an option (the parser's to explain); nil for another word.
    private static func optionValue(_ name: String, _ word: String, _ rest: inout ArraySlice<String>) -> String?? {
        guard word == name || word.hasPrefix(name + "=") else { return nil }
        let value = word == name ? rest.popFirst() : String(word.dropFirst(name.count + 1))
        guard let value, !value.isEmpty, !value.hasPrefix("-") else { return .some(nil) }
        return .some(value)
    }

    /// `pamphlet search WORDS [--library DIR] [--limit N] [--json]` and
    /// `pamphlet faq WORDS [--library DIR] [--json]`: the words must not look like options.
    private static func query(_ arguments: [String]) -> Start? {
        let isSearch = arguments[0] == "search"
        var rest = arguments.dropFirst()
        var words: [String] = []
        var library: String?
        var limit: Int?
        var json = false
        while let word = rest.popFirst() {
            if let value = optionValue("--library", word, &rest) {
                guard library == nil, let value else { return nil }
                library = value
            } else if isSearch, let value = optionValue("--limit", word, &rest) {
                // Anything but a plain positive number is the parser's to explain.
                guard limit == nil, let value, value.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(value), number > 0
                else { return nil }
                limit = number
            } else if word == "--json" {
                guard !json else { return nil }
                json = true
            } else if !word.hasPrefix("-"), !word.isEmpty {
                words.append(word)
            } else {
                return nil
            }
        }
        guard !words.isEmpty else { return nil }
        var libraryOptions = LibraryOptions()
        libraryOptions.library = library
        if isSearch {
            var command = SearchCommand()
            command.libraryOptions = libraryOptions
            command.query = words
            command.limit = limit ?? SearchCommand.defaultLimit
            command.json = json
            return .command(command)
        }
        var command = FAQCommand()
        command.libraryOptions = libraryOptions
        command.query = words
        command.article = nil
        command.json = json
        return .command(command)
    }
}
