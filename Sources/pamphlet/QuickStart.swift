import ArgumentParser

/// The starts that matter most for speed — the reader, on the library or on one article,
/// and `--version` — read by hand. swift-argument-parser costs about 18 M instructions at
/// every start (the Swift runtime's protocol-conformance scans over a binary that links
/// Foundation), a third of the reader's first paint. Only plain forms are taken here:
///
///     pamphlet [--library DIR] [--kiosk] [--plain] [--no-color] [--no-mouse]
///     pamphlet read ID [the same options]
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
        var rest = arguments[...]
        let reading = rest.first == "read"
        if reading { rest = rest.dropFirst() }
        var article: String?
        var library: String?
        var switches: Set<String> = []
        while let word = rest.popFirst() {
            if word == "--library" || word.hasPrefix("--library=") {
                let value = word == "--library" ? rest.popFirst() : String(word.dropFirst("--library=".count))
                guard library == nil, let value, !value.isEmpty, !value.hasPrefix("-") else { return nil }
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
}
