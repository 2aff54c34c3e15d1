import PamphletCore

extension ReaderApp {
    /// Applies one action: app-wide ones here, the rest by the screen on top.
    mutating func perform(_ action: Action, key: Key) -> [Effect] {
        switch action {
        case .quit:
            // A kiosk's reader never hands a patient the shell (and with it the
            // requests file); staff end it with a signal. A hang-up still ends it.
            if options.kiosk && key != .hangUp { return [] }
            return consultDraftBeforeQuitting() + leavingArticleEffects() + [.quit]
        case .requestConsult:
            return openConsultForm()
        case .backOneLevel:
            if !overlays.isEmpty {
                overlays.removeLast()
                return []
            }
            if case .library = place { return options.kiosk ? [] : [.quit] }
            return go(to: libraryPlace(selecting: articleID), recordingHistory: true)
        case .close:
            if !overlays.isEmpty { overlays.removeLast() }
            return []
        case .historyBack:
            if !overlays.isEmpty {
                overlays.removeLast()
                return []
            }
            guard let previous = history.back(from: currentPlace) else { return [] }
            return go(to: previous, recordingHistory: false)
        case .historyForward:
            guard overlays.isEmpty, let next = history.forward(from: currentPlace) else { return [] }
            return go(to: next, recordingHistory: false)
        case .showHelp:
            if case .help = overlays.last { return [] }
            overlays.append(.help(HelpScreen(keyMap: keyMap, size: size)))
            return []
        case .showCrisis:
            if case .crisis = overlays.last { return [] }
            overlays.append(.crisis(CrisisScreen(article: currentArticle, library: library, crisis: crisis, size: size)))
            return []
        case .showContents, .showFAQ:
            if overlays.isEmpty, case .library(let screen) = place, let id = screen.selectedArticleID {
                // From the library: the highlighted article's contents or questions.
                let opened = go(to: .article(id: id, sourceLine: positions[id] ?? 0), recordingHistory: true,
                                announceResume: true)
                return opened + perform(action, key: key)
            }
            guard case .article(let screen) = place else { return [] }
            let anchor = screen.currentSection?.anchor
            let overlay: OverlayScreen = action == .showContents
                ? .contents(ContentsScreen(article: screen.article, currentAnchor: anchor, size: size))
                : .faq(FAQScreen(article: screen.article, currentAnchor: anchor, size: size))
            // Contents and questions replace each other rather than pile up.
            switch overlays.last {
            case .contents, .faq: overlays[overlays.count - 1] = overlay
            default: overlays.append(overlay)
            }
            return []
        case .openSearch:
            return openSearch()
        case .switchLanguage:
            return switchLanguage()
        case .toggleMouse:
            mouseEnabled.toggle()
            return [.setMouse(mouseEnabled)]
        case .followLink:
            return followChosenLink()
        default:
            return performOnTopScreen(action, key: key)
        }
    }

    private mutating func performOnTopScreen(_ action: Action, key: Key) -> [Effect] {
        switch overlays.last {
        case .contents(var screen):
            let target = screen.perform(action, key: key)
            overlays[overlays.count - 1] = .contents(screen)
            if let target { jumpWithinArticle(to: target) }
            return []
        case .faq(var screen):
            let target = screen.perform(action)
            overlays[overlays.count - 1] = .faq(screen)
            if let target { jumpWithinArticle(to: target) }
            return []
        case .help(var screen):
            screen.perform(action)
            overlays[overlays.count - 1] = .help(screen)
            return []
        case .crisis(var screen):
            screen.perform(action)
            overlays[overlays.count - 1] = .crisis(screen)
            return []
        case .consult:
            return []
        case nil:
            switch place {
            case .library(var screen):
                let chosen = screen.perform(action)
                place = .library(screen)
                guard let chosen else { return [] }
                return go(to: .article(id: chosen, sourceLine: positions[chosen] ?? 0), recordingHistory: true,
                          announceResume: true)
            case .article(var screen):
                screen.perform(action)
                place = .article(screen)
                return []
            case .search:
                return performOnSearch(action)
            }
        }
    }

    /// Enter on a chosen link: another article or a section opens (Backspace comes
    /// back); a web address is shown on the status line, never opened by Pamphlet.
    private mutating func followChosenLink() -> [Effect] {
        guard overlays.isEmpty, case .article(var screen) = place, let chosen = screen.visibleChosenLink else { return [] }
        switch library.resolve(chosen.link, from: screen.article) {
        case .external(let address):
            screen.note = StatusNote(message: tr("Web address: %1$s", Sanitizer.clean(address.text)),
                                     hint: tr("Pamphlet does not open it"))
        case .unsupported:
            screen.note = StatusNote(message: tr("Pamphlet cannot follow this link: %1$s", Sanitizer.clean(chosen.link.destination)),
                                     hint: "")
        case .broken(.noArticle):
            screen.note = StatusNote(message: tr("This link points to an article that is not in the library"), hint: "")
        case .broken(.noSection):
            screen.note = StatusNote(message: tr("This link points to a section that is not in the article"), hint: "")
        case .article(let article, let section):
            // The place left keeps the chosen link, so that Backspace chooses it again.
            place = .article(screen)
            if article.id == screen.article.id, let section {
                jumpWithinArticle(to: section.anchor)
                if case .article(var moved) = place {
                    moved.chosenLink = nil
                    place = .article(moved)
                }
                return []
            }
            let effects = go(to: .article(id: article.id, sourceLine: 0), recordingHistory: true)
            if let section, case .article(var opened) = place, opened.article.id == article.id {
                opened.jump(toAnchor: section.anchor)
                place = .article(opened)
            }
            return effects
        }
        place = .article(screen)
        return []
    }

    /// From contents or questions: close them and put the section at the top,
    /// remembering where the reader was so Backspace returns there.
    private mutating func jumpWithinArticle(to anchor: String) {
        guard case .article(var screen) = place else { return }
        history.leave(currentPlace)
        overlays.removeAll()
        screen.jump(toAnchor: anchor)
        place = .article(screen)
    }

    // MARK: Places

    var currentArticle: Article? {
        if case .article(let screen) = place { screen.article } else { nil }
    }

    var currentPlace: Place {
        switch place {
        case .library(let screen): .library(selected: screen.cursor.selected)
        case .article(let screen):
            .article(id: screen.article.id, sourceLine: screen.topSourceLine, link: screen.visibleChosenLink?.link)
        case .search(let screen): .search(query: screen.query, selected: screen.cursor.selected)
        }
    }

    private func libraryPlace(selecting id: String?) -> Place {
        .library(selected: id.flatMap { id in library.entries.firstIndex { $0.id == id } } ?? 0)
    }

    /// Moves to a place; leaving an article saves the reader's position in it.
    mutating func go(to destination: Place, recordingHistory: Bool, announceResume: Bool = false) -> [Effect] {
        let origin = currentPlace
        let effects: [Effect]
        if case .article(let id, _, _) = destination, id == articleID {
            effects = []
        } else {
            effects = leavingArticleEffects()
        }
        if recordingHistory { history.leave(origin) }
        overlays.removeAll()
        switch destination {
        case .library(let selected):
            place = .library(LibraryScreen(library: library, size: size, selected: selected))
        case .article(let id, let sourceLine, let link):
            guard let article = library.article(id: id) else { return effects }
            if case .article(var screen) = place, screen.article.id == id {
                screen.show(sourceLine: sourceLine)
                screen.choose(link)
                place = .article(screen)
            } else {
                var screen = articleScreen(article)
                screen.show(sourceLine: sourceLine)
                screen.choose(link)
                if announceResume { screen.note = resumeNote(for: screen) }
                place = .article(screen)
            }
        case .search(let query, let selected):
            place = .search(searchScreen(query: query, selecting: selected))
        }
        return effects
    }

    /// An article screen, its banner shortened in its own language when rows are few.
    func articleScreen(_ article: Article) -> ArticleScreen {
        ArticleScreen(article: article, size: size, crisisShortText: crisis.help(in: article.meta.language).shortText)
    }

    /// An article screen at a section, or at its saved position with a note saying so.
    func openedArticle(_ article: Article, at section: String?) -> ArticleScreen {
        var screen = articleScreen(article)
        if let section, screen.jump(toAnchor: section) { return screen }
        if let saved = positions[article.id] {
            screen.show(sourceLine: saved)
            screen.note = resumeNote(for: screen)
        }
        return screen
    }

    /// "Resumed at <section> — g for top", or nil when the reader is at the top anyway.
    private func resumeNote(for screen: ArticleScreen) -> StatusNote? {
        guard screen.top > 0 else { return nil }
        let place = screen.currentSection.map { Sanitizer.clean($0.title) } ?? tr("where you left off")
        return StatusNote(message: tr("Resumed at %1$s —", place), hint: tr("%1$s for top", keyMap.key(for: .top, on: .article) ?? "g"))
    }

    /// Saving the position of the article being left; kiosks keep nothing.
    private mutating func leavingArticleEffects() -> [Effect] {
        guard case .article(let screen) = place else { return [] }
        positions[screen.article.id] = screen.topSourceLine
        guard !options.kiosk else { return [] }
        return [.savePosition(article: screen.article.id, sourceLine: screen.topSourceLine)]
    }
}
