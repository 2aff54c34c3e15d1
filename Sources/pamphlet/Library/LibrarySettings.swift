import PamphletCore

/// A library's `pamphlet.yml` for commands that go on without it: its problems are
/// reported on standard error and the defaults used (a typo never switches crisis
/// help or search off).
enum LibrarySettings {
    static func load(libraryDirectory directory: String) -> LibraryConfig {
        do {
            return try LibraryConfig.load(libraryDirectory: directory)
        } catch {
            for diagnostic in error.diagnostics { TerminalOutput.errorLine(diagnostic.description) }
            return LibraryConfig()
        }
    }
}
