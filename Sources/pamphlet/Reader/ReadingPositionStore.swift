import PamphletCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the reader was in each article: `positions.json` under
/// `$XDG_STATE_HOME/pamphlet/` (else `~/.local/state/pamphlet/`), mapping an
/// article id to the source line at the top of the screen.
///
/// Losing a position is harmless, so a missing or unreadable file reads as
/// empty. What someone reads is their own business: the file is written
/// crash-safely, 0600, in a 0700 folder.
struct ReadingPositionStore {
    let directory: String

    var file: String { directory + "/positions.json" }

    /// The store's folder for this environment; nil when neither
    /// XDG_STATE_HOME nor HOME is set to an absolute path.
    static func directory(environment: [String: String]) -> String? {
        try? UserDirectories(environment: environment).stateDirectory()
    }

    func load() -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: file),
              let positions = try? JSONDecoder().decode([String: Int].self, from: data) else { return [:] }
        return positions
    }

    /// Records one article's position, keeping the others.
    func save(article: String, sourceLine: Int) throws {
        var positions = load()
        guard positions[article] != sourceLine else { return }
        positions[article] = sourceLine
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try PrivateFolder.ensure(directory, tighten: true)
        try PrivateFile.write(Array(try encoder.encode(positions)), to: file)
    }
}
