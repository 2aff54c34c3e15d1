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
    /// The library's pamphlet.yml as `LibraryOptions.loadLibraryWithSettings` read it.
    var settings: Result<LibraryConfig, LibraryConfigError>
    var flags: ReaderFlags
    /// `--requests FILE`, where the consult form saves; nil for the usual place.
    var requestsFile: String?
    var environment: [String: String] = ProcessEnvironment.variables

    /// What to print when the full-screen reader cannot run (a pipe, TERM=dumb).
    var plainFallback: () throws -> Void

    func open(article: String? = nil, section: String? = nil) throws {
        TerminalLocale.prepare()
        MessageCatalogs.keepMessagesLocale()
        let config = try libraryConfig()
        InterfaceLanguageSetup.adoptLibraryDefault(config.language)
        let kiosk = KioskConfig(flag: flags.kiosk, library: config)
        // Its phrases are compiled when a patient first types words, not before the first screen.
        let crisis = CrisisSupport.loadingOnFirstUse(libraryDirectory: library.directory, config: config)
        // Either reader may hold a patient's answers (the consult form): no core dumps, ever.
        ProcessPrivacy.keepAnswersOutOfCoreDumps()
        // The plain reader runs in the terminal's cooked mode, where Ctrl-Z and Ctrl-\ are signals.
        if kiosk.isEnabled { KioskSignals.ignore() }
        let eligibility = TerminalEligibility.current(environment: environment)
        if flags.wantsPlainReader(environment: environment) || eligibility.isLineByLine {
            return openLineByLine(article: article, section: section, kiosk: kiosk, crisis: crisis, config: config)
        }
        guard case .fullScreen = eligibility else {
            return try plainFallback()
        }
        var options = flags.readerOptions(environment: environment)
        options.kiosk = kiosk.isEnabled
        options.idleTimeout = Double(kiosk.idleTimeout)
        options.confirmationSeconds = Double(kiosk.confirmationSeconds)
        options.background = background(config: config)
        options.languages = InterfaceLanguage.allCases.filter(MessageCatalogs.hasCatalog)
        // Before ncurses starts, so that a rebuild's progress line shows on a normal screen.
        let search = ReaderSearchIndex.open(for: library, config: config)
        guard let terminal = CursesTerminal.open(settings: .init(
            color: options.color, mouse: options.mouse, kiosk: options.kiosk,
            hyperlinks: HyperlinkSupport.isAvailable(environment: environment, kiosk: options.kiosk))) else {
            // An unknown TERM: ncurses cannot drive it, but a person is at the keyboard.
            return openLineByLine(article: article, section: section, kiosk: kiosk, crisis: crisis, config: config)
        }
        defer { terminal.close() }
        options.color = options.color && terminal.hasColors
        let store = positionStore(kiosk: options.kiosk)
        var app = ReaderApp(library: library, options: options, openArticle: article, section: section,
                            positions: store?.load() ?? [:],
                            size: Size(width: terminal.size.width, height: terminal.size.height), search: search,
                            crisis: crisis)
        let consult = ConsultHost(requestsFile: requestsFile, environment: environment, kiosk: options.kiosk,
                                  crisis: crisis, config: config, libraryDirectory: library.directory)
        if let draft = consult.unfinishedDraft() { _ = app.update(.draftOffered(draft)) }
        var reader = FullScreenReader(app: app, terminal: terminal,
                                      effects: EffectRunner(positions: store, consult: consult, terminal: terminal))
        reader.run()
    }

    private func openLineByLine(article: String?, section: String?, kiosk: KioskConfig, crisis: CrisisSupport,
                                config: LibraryConfig) {
        let consult = ConsultHost(requestsFile: requestsFile, environment: environment, kiosk: kiosk.isEnabled,
                                  crisis: crisis, config: config, libraryDirectory: library.directory)
        let reader = PlainReader(library: library, openArticle: article, section: section, consult: consult,
                                 search: ReaderSearchIndex.open(for: library, config: config),
                                 positions: positionStore(kiosk: kiosk.isEnabled), crisis: crisis)
        reader.run()
    }

    /// Where reading positions are kept; none on a kiosk, where what someone
    /// read is not left for the next person.
    private func positionStore(kiosk: Bool) -> ReadingPositionStore? {
        kiosk ? nil : ReadingPositionStore.directory(environment: environment).map(ReadingPositionStore.init)
    }

    /// The library's pamphlet.yml (kiosk mode, its times, the theme, crisis contacts, the
    /// clinic). A broken one stops the reader rather than run a kiosk without its protections.
    private func libraryConfig() throws -> LibraryConfig {
        do {
            return try settings.get()
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// `--theme`, then `theme:` in pamphlet.yml, then the terminal's answer (OSC 11),
    /// then `COLORFGBG`, then dark.
    private func background(config: LibraryConfig) -> ThemeBackground {
        if let chosen = flags.theme { return chosen == .light ? .light : .dark }
        if let configured = config.theme.flatMap(ThemeBackground.init(rawValue:)) { return configured }
        return TerminalBackgroundQuery.ask()
            ?? environment["COLORFGBG"].flatMap(ThemeBackground.init(colorfgbg:))
            ?? .dark
    }
}
