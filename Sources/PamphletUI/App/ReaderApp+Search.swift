import PamphletCore

/// Typing into the reader's text boxes (the find prompt, the library search, the FAQ
/// filter) and the searches they run.
extension ReaderApp {
    /// Keys a text box takes before the key map sees them, so that j, q or Backspace
    /// edit the words rather than move or leave. Returns nil for keys the box leaves to
    /// the key map (Enter, Esc, ↑/↓, Ctrl-C...).
    mutating func handleTyping(_ key: Key) -> [Effect]? {
        guard Self.isEditingKey(key) else { return nil }
        switch currentScreen {
        case .find:
            guard case .article(var screen) = place, screen.editFind(key) else { return nil }
            place = .article(screen)
            return []
        case .search:
            guard case .search(var screen) = place else { return nil }
            // Backspace with nothing left to delete goes back, as it does on every other screen.
            if key == .backspace && screen.field.isEmpty { return nil }
            let before = screen.query
            guard screen.field.handle(key) else { return nil }
            if screen.query != before { runSearch(in: &screen) }
            place = .search(screen)
            return []
        case .faqFilter:
            guard case .faq(var screen) = overlays.last else { return nil }
            if key == .backspace && screen.filterQuery.isEmpty {
                screen.clearFilter()
            } else {
                let before = screen.filterQuery
                guard screen.editFilter(key) else { return nil }
                if screen.filterQuery != before { rankQuestions(in: &screen) }
            }
            overlays[overlays.count - 1] = .faq(screen)
            return []
        case .faq:
            // On the questions any letter or digit starts the filter, so that "bring" or "stop"
            // is never taken for a command; arrows, Enter, Esc, ? and ! keep their meaning.
            guard case .character(let character) = key, character.isLetter || character.isNumber,
                  case .faq(var screen) = overlays.last else { return nil }
            screen.startFilter()
            guard screen.editFilter(key) else { return nil }
            rankQuestions(in: &screen)
            overlays[overlays.count - 1] = .faq(screen)
            return []
        default:
            return nil
        }
    }

    private static func isEditingKey(_ key: Key) -> Bool {
        switch key {
        case .character, .backspace, .delete, .left, .right, .home, .end, .paste: true
        case .control(let letter): "aeukwhd".contains(letter)
        default: false
        }
    }

    // MARK: Library search

    /// `s`: the search screen, one Backspace or Esc away from where the reader was.
    /// After a find that matched nothing, it searches all articles for the same words,
    /// where typos are forgiven.
    mutating func openSearch() -> [Effect] {
        if case .search = place, overlays.isEmpty { return [] }
        var query = ""
        if overlays.isEmpty, case .article(let screen) = place, let find = screen.find, find.foundNothing {
            query = find.query
        }
        return go(to: .search(query: query, selected: 0), recordingHistory: true)
    }

    /// A search screen showing the results for `query` (a place in the history being revisited).
    mutating func searchScreen(query: String, selecting selected: Int) -> SearchScreen {
        var screen = SearchScreen(query: query, size: size, articleCount: library.entries.count)
        runSearch(in: &screen, selecting: selected)
        return screen
    }

    mutating func performOnSearch(_ action: Action) -> [Effect] {
        guard case .search(var screen) = place else { return [] }
        if action == .open {
            guard let result = screen.selectedResult else { return [] }
            return open(result)
        }
        screen.perform(action)
        place = .search(screen)
        return []
    }

    /// Reads a result: its article at its heading, the results one Backspace away.
    private mutating func open(_ result: SearchResult) -> [Effect] {
        guard library.article(id: result.article) != nil else { return [] }
        let effects = go(to: .article(id: result.article, sourceLine: 0), recordingHistory: true)
        guard case .article(var screen) = place else { return effects }
        screen.jump(toAnchor: result.anchor)
        let back = keyMap.key(for: .historyBack, on: .article) ?? "Backspace"
        screen.note = StatusNote(message: tr("Found by your search —"), hint: tr("%1$s for the results", back))
        place = .article(screen)
        return effects
    }

    private mutating func runSearch(in screen: inout SearchScreen, selecting selected: Int = 0) {
        let query = screen.query
        // Crisis help first, whatever the results (and when there are none, or no engine).
        screen.showCrisisHelp(crisis.help(for: query, preferring: currentArticle?.meta.language))
        guard !query.allSatisfy(\.isWhitespace) else { return screen.show([]) }
        switch withEngine({ try $0.search(query, options: SearchOptions(limit: SearchScreen.resultLimit, lastWordIsPrefix: true)) }) {
        case .success(let results): screen.show(results, selecting: selected)
        case .failure(.unavailable(let reason)): screen.show(.unavailable(reason: reason))
        case .failure(.failed(let reason)): screen.show(.failed(reason: reason))
        }
    }

    // MARK: FAQ filter

    /// Ranks the questions of the screen's article for the filter's words.
    private mutating func rankQuestions(in screen: inout FAQScreen) {
        let query = screen.filterQuery
        screen.crisisHelp = crisis.help(for: query, preferring: screen.article.meta.language)
        let articleID = screen.article.id
        let limit = max(1, screen.entries.count)
        switch withEngine({ try $0.searchFAQ(query, article: articleID, limit: limit, lastWordIsPrefix: true) }) {
        case .success(let results):
            let weak = results.filter { $0.confidence < QuestionAnswer.answeringConfidence }.map(\.anchor)
            screen.show(ranked: results.map(\.anchor), weak: Set(weak))
        case .failure:
            // No engine: the questions that hold the words as typed, in article order.
            let finder = LiteralFinder(query: query.trimmingSpaces)
            screen.show(ranked: screen.entries.filter { !finder.matches(in: [$0.question]).isEmpty }.map(\.anchor))
        }
    }

    // MARK: The engine

    enum SearchFailure: Error {
        case unavailable(String)
        case failed(String)
    }

    /// Runs a query on the engine, building the in-memory one on first use. A cached index
    /// found damaged mid-query is set aside for an index of the articles already loaded.
    private mutating func withEngine<T>(_ query: (SearchEngine) throws -> T) -> Result<T, SearchFailure> {
        guard let engine = engine() else {
            if case .unavailable(let reason) = search { return .failure(.unavailable(reason)) }
            return .failure(.unavailable(tr("no search index")))
        }
        do {
            return .success(try query(engine))
        } catch {
            guard case .engine = search else { return .failure(.failed("\(error)")) }
            search = .inMemory(lexicon: engine.lexicon)
            guard let rebuilt = self.engine(), let results = try? query(rebuilt) else {
                return .failure(.failed("\(error)"))
            }
            return .success(results)
        }
    }

    private mutating func engine() -> SearchEngine? {
        switch search {
        case .engine(let engine):
            return engine
        case .inMemory(let lexicon):
            let engine = SearchEngine(articles: library.articles, lexicon: lexicon)
            search = .engine(engine)
            return engine
        case .unavailable:
            return nil
        }
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
