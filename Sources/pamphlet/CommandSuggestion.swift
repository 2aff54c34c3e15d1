import ArgumentParser
import PamphletCore

/// "did you mean 'search'?" for a mistyped command, as article ids already get:
/// without it `pamphlet serch side effects` only says "3 unexpected arguments".
enum CommandSuggestion {
    /// The message to print instead of the parser's, when the first argument the
    /// parser did not expect is where a command name belongs.
    static func message(for error: any Error, arguments: [String]) -> String? {
        let parserMessage = Pamphlet.message(for: error)
        guard parserMessage.lowercased().contains("unexpected argument"),
              let typed = firstQuoted(in: parserMessage) else { return nil }
        // A typo after `requests` is a typo of one of its commands.
        let (parent, commands): (String, [ParsableCommand.Type]) =
            arguments.prefix { $0 != typed }.contains("requests")
                ? ("pamphlet requests", RequestsCommand.configuration.subcommands)
                : ("pamphlet", Pamphlet.configuration.subcommands)
        let names = commands.compactMap { $0.configuration.commandName }
        guard let position = arguments.firstIndex(of: typed),
              arguments[..<position].allSatisfy({ $0.hasPrefix("-") || !names.contains($0) }) else { return nil }
        let suggestions = ArticleLookup.suggestions(for: typed, among: names, limit: 2)
        let known = names.joined(separator: ", ")
        let safe = Sanitizer.clean(typed)
        if suggestions.isEmpty {
            return "\(parent): no command '\(safe)'. The commands are: \(known) (see '\(parent) --help')."
        }
        let meant = suggestions.map { "'\($0)'" }.joined(separator: " or ")
        return "\(parent): no command '\(safe)'; did you mean \(meant)? (see '\(parent) \(suggestions[0]) --help')"
    }

    private static func firstQuoted(in text: String) -> String? {
        guard let open = text.firstIndex(of: "'") else { return nil }
        let rest = text[text.index(after: open)...]
        guard let close = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<close])
    }
}
