import PamphletCore

/// The whole reader as a value: messages go in through `update`, effects come out,
/// and `view` draws the current screen into a frame. No terminal, no I/O.
public struct ReaderApp: Sendable, ReaderModel {
    enum PlaceScreen: Sendable {
        case library(LibraryScreen)
        case article(ArticleScreen)
        case search(SearchScreen)
    }

    enum OverlayScreen: Sendable {
        case contents(ContentsScreen)
        case faq(FAQScreen)
        case help(HelpScreen)
        case crisis(CrisisScreen)
        case consult(ConsultFlow)
    }

    public let library: Library
    public let options: ReaderOptions
    /// The keys of this mode: a kiosk's map has no key that closes the reader.
    public let keyMap: KeyMap
    let theme: Theme
    private(set) var size: Size
    var place: PlaceScreen
    /// Screens opened over the place, the last one on top; q and Esc close them one by one.
    var overlays: [OverlayScreen] = []
    var history = History()
    /// Saved reading positions (article id → source line), updated as articles are left.
    var positions: [String: Int]
    /// Whether mouse reporting is on; `m` toggles it.
    public internal(set) var mouseEnabled: Bool
    /// The engine behind the library search (`s`) and the FAQ filter.
    var search: ReaderSearch
    /// The phrases that call for crisis help first, and who to contact.
    public let crisis: CrisisSupport
    private var idleTimer: IdleTimer
    /// "x does nothing here · ? shows the keys", on the status line until the next key.
    var keyHint: String?
    /// Kiosk: when "Still there?" went up over a half-filled form; the form is
    /// discarded `idleWarningSeconds` later unless a key comes first.
    private(set) var idleWarningSince: Double?
    public static let idleWarningSeconds = 30.0
    /// The language every screen is drawn in; `L` on the library switches it.
    public internal(set) var language: InterfaceLanguage
    /// The language the reader started in: a kiosk's idle reset returns to it.
    public let startLanguage: InterfaceLanguage
    /// "¿Ver Pamphlet en español? s/n" on the status line until the next key, in the
    /// language it offers.
    var languageOffer: InterfaceLanguage?
    /// The offer is made once a session (on a kiosk, once a patient).
    var languageOfferMade = false

    /// `size` is the terminal's size when known, so the first article is laid out once at the
    /// right width; otherwise send `.resize` before the first key (until then 80x24 is assumed).
    public init(library: Library, options: ReaderOptions, openArticle: String? = nil, section: String? = nil,
                positions: [String: Int] = [:], size: Size = Size(width: 80, height: 24),
                search: ReaderSearch = .inMemory(lexicon: .empty), crisis: CrisisSupport = .standard) {
        self.library = library
        self.crisis = crisis
        self.options = options
        language = Localization.language
        startLanguage = Localization.language
        keyMap = options.kiosk ? .kiosk : .standard
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.positions = options.kiosk ? [:] : positions
        theme = Theme(color: options.color, background: options.background)
        mouseEnabled = options.mouse
        self.search = search
        idleTimer = IdleTimer(timeout: options.idleTimeout)
        place = .library(LibraryScreen(library: library, size: size))

        // One article, or one asked for: open it, with the library one Backspace away.
        let startID = openArticle ?? (library.entries.count == 1 ? library.entries[0].id : nil)
        if let startID, let index = library.entries.firstIndex(where: { $0.id == startID }),
           let article = library.article(at: index) {
            history.leave(.library(selected: index))
            place = .article(openedArticle(article, at: section))
        }
        offerTheArticlesLanguage()
    }

    // MARK: What is on screen (for the host and for tests)

    public var currentScreen: ScreenKind {
        switch overlays.last {
        case .contents: .contents
        case .faq(let screen): screen.isFiltering ? .faqFilter : .faq
        case .help: .help
        case .crisis: .crisis
        case .consult(let flow): flow.screenKind
        case nil:
            switch place {
            case .library: .library
            case .article(let screen): screen.find?.isEditing == true ? .find : .article
            case .search: .search
            }
        }
    }

    /// The article being read, under any overlay.
    public var articleID: String? {
        if case .article(let screen) = place { screen.article.id } else { nil }
    }

    /// Anchor of the section at the top of the article screen.
    public var sectionAnchor: String? {
        if case .article(let screen) = place { screen.currentSection?.anchor } else { nil }
    }

    /// Source line of the block at the top of the article screen.
    public var topSourceLine: Int? {
        if case .article(let screen) = place { screen.topSourceLine } else { nil }
    }

    // MARK: Update

    /// The one way in: every key, tick and answer from the host.
    public mutating func update(_ msg: Msg) -> [Effect] {
        // Every screen's words are looked up in this patient's language, whatever the process's.
        Localization.with(language) {
            let effects = updateInLanguage(msg)
            offerTheArticlesLanguage()
            return effects
        }
    }

    private mutating func updateInLanguage(_ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key): return handle(key)
        case .paste(let text): return handle(.paste(text))
        case .resize(let size): return handle(.resize(width: size.width, height: size.height))
        case .tick(let now): return tick(now: now)
        case .draftOffered(let draft):
            offerDraft(draft)
            return []
        case .consultSaved(let reference, let notice, let delivery):
            return consultSaved(reference: reference, notice: notice, delivery: delivery)
        case .consultFailed(let reason):
            consultFailed(message: reason)
            return []
        // The first frame is drawn from the state `init` made; lines are the plain reader's.
        case .start, .line: return []
        }
    }

    mutating func handle(_ key: Key) -> [Effect] {
        if case .resize(let width, let height) = key {
            resize(to: Size(width: max(0, width), height: max(0, height)))
            return []
        }
        idleTimer.noteKey()
        keyHint = nil
        if idleWarningSince != nil {
            // "Press any key": the key says the patient is there, and does nothing else.
            idleWarningSince = nil
            return []
        }
        if case .article(var screen) = place, screen.note != nil {
            screen.note = nil
            place = .article(screen)
        }
        if key == .hangUp { return perform(.quit, key: key) }
        if let effects = answerLanguageOffer(key) { return effects }
        // The consult form takes every key but Ctrl-C: typing is never a command.
        if case .consult = overlays.last, key != .control("c") { return handleConsultKey(key) }
        if let effects = handleTyping(key) { return effects }
        guard let binding = keyMap.binding(for: key, on: currentScreen) else {
            keyHint = Self.hint(forUnboundKey: key, helpKey: keyMap.key(for: .showHelp, on: currentScreen))
            return []
        }
        return perform(binding.action, key: key)
    }

    /// A key pressed by hand that does nothing here gets a word, so that the reader
    /// does not wonder whether the program heard it; mouse and terminal events do not.
    static func hint(forUnboundKey key: Key, helpKey: String?) -> String? {
        switch key {
        case .wheelUp, .wheelDown, .resize, .hangUp, .paste: return nil
        default:
            let name = Sanitizer.clean(key.displayName)
            return helpKey.map { tr("%1$s does nothing here · %2$s shows the keys", name, $0) } ?? tr("%1$s does nothing here", name)
        }
    }

    /// Kiosk idle reset: back to the library with no history and a clean scrollback.
    mutating func tick(now: Double) -> [Effect] {
        let consultEffects = consultTick(now: now)
        if let since = idleWarningSince {
            guard now - since >= Self.idleWarningSeconds else { return consultEffects }
            idleWarningSince = nil
            return resetForTheNextPerson()
        }
        guard options.kiosk, idleTimer.hasExpired(now: now) else { return consultEffects }
        // Answers typed are not thrown away without a word: "Still there?" first.
        if consultFormScreen?.hasChanges == true {
            idleWarningSince = now
            return consultEffects
        }
        let atRest = overlays.isEmpty && history == History() && language == startLanguage && !languageOfferMade
            && { if case .library = place { true } else { false } }()
        guard !atRest else { return consultEffects }
        return resetForTheNextPerson()
    }

    /// Kiosk: the library with no history, no open form and a clean scrollback.
    mutating func resetForTheNextPerson() -> [Effect] {
        overlays = []
        history = History()
        // A new patient: the kiosk's own language, and the offer may be made again.
        languageOffer = nil
        languageOfferMade = false
        let languageChanged = language != startLanguage
        language = startLanguage
        place = Localization.with(language) { .library(LibraryScreen(library: library, size: size)) }
        return [.clearScrollback] + (languageChanged ? [.setLanguage(startLanguage)] : [])
    }

    // MARK: View

    public func view(width: Int, height: Int) -> Frame {
        var frame = Frame(width: width, height: height)
        let requested = Size(width: frame.width, height: frame.height)
        if requested.isTooSmall {
            Localization.with(language) { TooSmallScreen.draw(into: &frame, theme: theme) }
            return frame
        }
        var app = self
        Localization.with(language) {
            if requested != size { app.resize(to: requested) }
            app.draw(into: &frame)
        }
        return frame
    }

    private func draw(into frame: inout Frame) {
        switch overlays.last {
        case .contents(let screen): screen.draw(into: &frame, theme: theme, keyMap: keyMap)
        case .faq(let screen): screen.draw(into: &frame, theme: theme, keyMap: keyMap)
        case .help(let screen): screen.draw(into: &frame, theme: theme)
        case .crisis(let screen): screen.draw(into: &frame, theme: theme, keyMap: keyMap)
        case .consult(let flow): flow.draw(into: &frame, theme: theme, keyMap: keyMap)
        case nil:
            switch place {
            case .library(let screen): screen.draw(into: &frame, theme: theme, keyMap: keyMap, directory: library.directory)
            case .article(let screen): screen.draw(into: &frame, theme: theme, keyMap: keyMap)
            case .search(let screen): screen.draw(into: &frame, theme: theme, keyMap: keyMap)
            }
        }
        if let keyHint { frame.putBar(left: keyHint, right: "", y: frame.height - 1, style: theme.statusBar) }
        if let languageOffer {
            frame.putBar(left: Self.offerText(languageOffer), right: "", y: frame.height - 1, style: theme.statusBar)
        }
        if idleWarningSince != nil {
            drawIdleWarning(into: &frame)
            frame.hyperlinks = []  // the box covers some of them
        }
    }

    /// A box over the middle of the screen, where a patient who looked away sees it.
    private func drawIdleWarning(into frame: inout Frame) {
        let seconds = Int(Self.idleWarningSeconds)
        let lines = [tr("Still there? Press any key."),
                     trn("Otherwise your answers are cleared in %1$s second.", "Otherwise your answers are cleared in %1$s seconds.",
                         seconds, screenCount(seconds))]
        let width = min(frame.width, (lines.map(DisplayWidth.of).max() ?? 0) + 4)
        let x = max(0, (frame.width - width) / 2)
        let top = max(0, frame.height / 2 - 2)
        for row in 0..<4 where top + row < frame.height {
            frame.fill(y: top + row, from: x, to: x + width, style: Style(bold: true, reverse: true))
        }
        for (offset, line) in lines.enumerated() where top + 1 + offset < frame.height {
            frame.put(line, x: x + 2, y: top + 1 + offset, style: Style(bold: true, reverse: true), maxX: x + width)
        }
    }

    private mutating func resize(to newSize: Size) {
        size = newSize
        switch place {
        case .library(var screen): screen.resize(to: newSize); place = .library(screen)
        case .article(var screen): screen.resize(to: newSize); place = .article(screen)
        case .search(var screen): screen.resize(to: newSize); place = .search(screen)
        }
        overlays = overlays.map { overlay in
            switch overlay {
            case .contents(var screen): screen.resize(to: newSize); return .contents(screen)
            case .faq(var screen): screen.resize(to: newSize); return .faq(screen)
            case .help(var screen): screen.resize(to: newSize); return .help(screen)
            case .crisis(var screen): screen.resize(to: newSize); return .crisis(screen)
            case .consult(var flow): flow.resize(to: newSize); return .consult(flow)
            }
        }
    }
}
