import PamphletCore
import PamphletTerminal
import PamphletUI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Opens the right reader for where we are: the full-screen one on a capable
/// terminal, the line-oriented one for screen readers, or plain text otherwise.
struct ReaderLauncher {
    var library: Library
    var flags: ReaderFlags
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// What to print when the full-screen reader cannot run (a pipe, TERM=dumb).
    var plainFallback: () throws -> Void

    func open(article: String? = nil, section: String? = nil) throws {
        TerminalLocale.prepare()
        if flags.wantsPlainReader(environment: environment) {
            let reader = PlainReader(library: library, openArticle: article, section: section)
            reader.run()
            return
        }
        guard case .fullScreen = TerminalEligibility.current(environment: environment) else {
            return try plainFallback()
        }
        var options = flags.readerOptions(environment: environment)
        guard let terminal = CursesTerminal.open(settings: .init(color: options.color, mouse: options.mouse)) else {
            // An unknown TERM: ncurses cannot drive it, plain text still reads fine.
            return try plainFallback()
        }
        defer { terminal.close() }
        options.color = options.color && terminal.hasColors
        let store = options.kiosk ? nil : ReadingPositionStore.directory(environment: environment).map(ReadingPositionStore.init)
        let app = ReaderApp(library: library, options: options, openArticle: article, section: section,
                            positions: store?.load() ?? [:])
        var reader = FullScreenReader(app: app, terminal: terminal, positions: store)
        reader.run()
    }
}
