import PamphletCore

/// The line-oriented reader for screen-reader users: every reply is appended
/// text (no cursor movement, colour or box drawing), and every choice is a
/// numbered menu. Pure: the host feeds it `Msg.line`s and performs the effects
/// (`.write` for what to say), as it does for the full-screen `ReaderApp`.
public struct PlainReaderSession: Sendable, ReaderModel {
    /// What a typed number picks from: the last menu printed.
    enum Menu {
        case articles, contents, questions
        /// Find in the article: the outline entries that hold the matches.
        case found([Int])
        case searchResults([SearchResult])
    }

    /// What one message makes the session do, before it becomes effects.
    struct Reply {
        var text: String
        var quit = false
        /// A consult request the patient confirmed: the host saves it and answers.
        var submit: ConsultForm?
        /// What to do with the kept draft of the request being answered.
        var draft: DraftChange?
        /// The patient chose another interface language (`es`, `en`): the host follows.
        var language: InterfaceLanguage?
    }

    /// The draft is kept after every answer, so a hang-up or crash loses nothing,
    /// and goes once the request is saved or cancelled.
    enum DraftChange {
        case keep(ConsultForm)
        case discard
    }

    let library: Library
    /// The engine for `s WORDS`; nil when the index could not be opened (`searchProblem` says why).
    let search: SearchEngine?
    let searchProblem: String?
    /// The phrases that put crisis help before search results, and who to contact.
    let crisis: CrisisSupport
    /// Where `start` opens: an article and a section in it, else the library menu.
    private let openArticle: String?
    private let openSection: String?
    /// False on a kiosk: what someone read is not left for the next person.
    private let remembersPositions: Bool
    var article: Article?
    var outline: PlainOutline?
    var menu = Menu.articles
    /// Index into `outline.entries` that n and p step from.
    var position: Int?
    /// Index into `outline.entries` of the piece last read in this article; unlike
    /// `position`, not moved by offering to resume.
    var lastRead: Int?
    /// Where each followed link was followed from (article id, entry index); `b` goes back.
    var linkOrigins: [(article: String, entry: Int)] = []
    /// The place last handed to the host to save, so each change is saved once.
    private var lastSaved: ReadingPlace?
    /// The consult questions while the patient answers them; every line goes there.
    private var consult: PlainConsultInterview?
    /// A request an earlier session left unfinished; `c` picks it up.
    private var unfinished: ConsultForm?
    /// Where each article was left (article id -> source line), shared with the
    /// full-screen reader; opening an article offers to go on from there.
    var positions: [String: Int]
    /// The language every reply is said in; typing `es` or `en` changes it.
    public private(set) var language: InterfaceLanguage
    /// The languages whose catalogs the host found (English always).
    let languages: [InterfaceLanguage]

    public init(library: Library, search: ReaderSearch = .inMemory(lexicon: .empty), openArticle: String? = nil,
                section: String? = nil, positions: [String: Int] = [:], remembersPositions: Bool = true,
                crisis: CrisisSupport = .standard, languages: [InterfaceLanguage] = InterfaceLanguage.allCases) {
        self.library = library
        language = Localization.language
        self.languages = languages
        self.crisis = crisis
        switch search {
        case .engine(let engine): (self.search, searchProblem) = (engine, nil)
        case .inMemory(let lexicon): (self.search, searchProblem) = (SearchEngine(articles: library.articles, lexicon: lexicon), nil)
        case .unavailable(let reason): (self.search, searchProblem) = (nil, reason)
        }
        self.openArticle = openArticle
        openSection = section
        self.remembersPositions = remembersPositions
        self.positions = positions
    }

    /// An article and the source line of the section last read in it.
    public struct ReadingPlace: Equatable, Sendable {
        public var article: String
        public var sourceLine: Int
    }

    /// Where the reader is, for the host to save.
    public var readingPlace: ReadingPlace? {
        guard let article, let outline, let lastRead, outline.entries.indices.contains(lastRead) else { return nil }
        return ReadingPlace(article: article.id, sourceLine: outline.entries[lastRead].sourceLine)
    }

    // MARK: Update

    /// The one way in: lines typed and the host's answers; keys, pastes, sizes and
    /// ticks belong to the full-screen reader and change nothing here.
    public mutating func update(_ msg: Msg) -> [Effect] {
        Localization.with(language) { updateInLanguage(msg) }
    }

    private mutating func updateInLanguage(_ msg: Msg) -> [Effect] {
        switch msg {
        case .start:
            let reply = opening(article: openArticle, section: openSection)
            // The place opened at is where the reader already is, not news to save.
            lastSaved = readingPlace
            return effects(of: reply)
        case .line(let line):
            let reply = respond(to: line)
            var effects = [Effect.write(reply.text)] + draftEffects(reply.draft)
                + (reply.language.map { [.setLanguage($0)] } ?? [])
            // A place is saved as it changes; a kiosk never keeps one.
            if remembersPositions, let place = readingPlace, place != lastSaved {
                effects.append(.savePosition(article: place.article, sourceLine: place.sourceLine))
                lastSaved = place
            }
            if reply.quit { return effects + [.quit] }
            return effects + (reply.submit.map { [.submitConsult($0)] } ?? [])
        case .draftOffered(let form):
            unfinished = form
            return []
        case .consultSaved(let reference, let notice, let delivery):
            return effects(of: consultSaved(reference: reference, notice: notice, delivery: delivery))
        case .consultFailed(let reason): return effects(of: consultFailed(reason: reason))
        case .key, .paste, .resize, .tick: return []
        }
    }

    private func effects(of reply: Reply) -> [Effect] {
        [.write(reply.text)] + draftEffects(reply.draft)
    }

    private func draftEffects(_ change: DraftChange?) -> [Effect] {
        switch change {
        case .keep(let form)?: [.saveConsultDraft(form)]
        case .discard?: [.removeConsultDraft]
        case nil: []
        }
    }

    /// The first reply: the library menu, or an article (at `section`).
    private mutating func opening(article id: String?, section anchor: String?) -> Reply {
        let reminder = unfinished == nil ? "" : PlainSessionText.unfinishedRequestReminder
        guard let id, let index = library.entries.firstIndex(where: { $0.id == id }) else {
            return Reply(text: reminder + articleMenu())
        }
        // A section asked for on the command line (`read` has checked it exists) wins over resuming.
        var text = reminder + open(articleAt: index, offeringResume: anchor == nil)
        if let anchor, let entry = outline?.entries.firstIndex(where: { $0.anchor == anchor }) {
            text += read(entry)
        }
        return Reply(text: text)
    }

    private mutating func respond(to input: String) -> Reply {
        if consult != nil { return answerConsult(input) }
        if let reply = respondToFindOrSearch(input) { return reply }
        if let reply = respondToLinkCommand(input) { return reply }
        let command = input.plainTrimmed.lowercased()
        if let number = Int(command) { return Reply(text: choose(number)) }
        if let chosen = InterfaceLanguage(rawValue: command), languages.contains(chosen) { return switchLanguage(to: chosen) }
        switch command {
        case "q", "quit": return Reply(text: PlainSessionText.goodbye, quit: true)
        case "?", "h", "help": return Reply(text: PlainSessionText.help(switchingTo: otherLanguage))
        case "l": return Reply(text: articleMenu())
        case "t": return Reply(text: outline == nil ? articleMenu() : contentsMenu())
        case "f": return Reply(text: questionsMenu())
        case "!": return Reply(text: PlainCrisisText.help(crisisHelp))
        case "c": return Reply(text: startConsult())
        case "n", "": return Reply(text: step(by: 1))
        case "p": return Reply(text: step(by: -1))
        default: return Reply(text: PlainSessionText.unknownCommand(Sanitizer.clean(command)))
        }
    }

    // MARK: Menus

    mutating func articleMenu() -> String {
        menu = .articles
        var text = PlainSessionText.articleMenuHeader(count: library.entries.count)
        for (index, article) in library.entries.enumerated() {
            text += PlainSessionText.articleMenuEntry(number: index + 1, title: Sanitizer.clean(article.title),
                                                      summary: article.summary.map(Sanitizer.clean))
        }
        if let otherLanguage { text += PlainSessionText.languageCommand(otherLanguage) }
        return text
    }

    /// The language `es` or `en` offers from here, when its catalog is there.
    private var otherLanguage: InterfaceLanguage? {
        languages.contains(language.next) && language.next != language ? language.next : nil
    }

    /// `es`, `en`: every reply from now on in that language, starting with the library menu.
    private mutating func switchLanguage(to chosen: InterfaceLanguage) -> Reply {
        let changed = chosen != language
        language = chosen
        let text = Localization.with(chosen) { PlainSessionText.languageNow + articleMenu() }
        return Reply(text: text, language: changed ? chosen : nil)
    }

    private mutating func contentsMenu() -> String {
        guard let outline else { return articleMenu() }
        menu = .contents
        var text = PlainSessionText.contentsHeader(entries: outline.entries.count, sections: outline.sections.count,
                                                   questions: outline.questions.count)
        for (index, entry) in outline.entries.enumerated() {
            text += PlainSessionText.contentsEntry(number: index + 1, title: entry.title, isQuestion: entry.isQuestion)
        }
        return text
    }

    private mutating func questionsMenu() -> String {
        guard let outline else { return PlainSessionText.chooseAnArticleFirst + articleMenu() }
        guard !outline.questions.isEmpty else { return PlainSessionText.noQuestions }
        menu = .questions
        var text = PlainSessionText.questionsHeader(count: outline.questions.count)
        for (index, entry) in outline.questions.enumerated() {
            text += PlainSessionText.questionsEntry(number: index + 1, title: entry.title)
        }
        return text
    }

    private mutating func choose(_ number: Int) -> String {
        switch menu {
        case .articles:
            guard library.entries.indices.contains(number - 1) else { return outOfRange(library.entries.count) }
            return open(articleAt: number - 1)
        case .contents:
            guard let outline, outline.entries.indices.contains(number - 1) else {
                return outOfRange(outline?.entries.count ?? 0)
            }
            return read(number - 1)
        case .questions:
            guard let outline, outline.questions.indices.contains(number - 1) else {
                return outOfRange(outline?.questions.count ?? 0)
            }
            let anchor = outline.questions[number - 1].anchor
            return read(outline.entries.firstIndex { $0.anchor == anchor } ?? 0)
        case .found(let entries):
            guard entries.indices.contains(number - 1) else { return outOfRange(entries.count) }
            return read(entries[number - 1])
        case .searchResults(let results):
            guard results.indices.contains(number - 1) else { return outOfRange(results.count) }
            return read(results[number - 1])
        }
    }

    // MARK: Reading

    private mutating func open(articleAt index: Int, offeringResume: Bool = true) -> String {
        guard let chosen = library.article(at: index) else { return PlainSearchText.articleGone }
        if let place = readingPlace { positions[place.article] = place.sourceLine }
        article = chosen
        let outline = PlainOutline(article: chosen, library: library)
        self.outline = outline
        position = nil
        lastRead = nil
        var text = PlainSessionText.articleTitle(Sanitizer.clean(chosen.title))
        if let crisis = chosen.meta.crisis { text += PlainSessionText.helpNow(Sanitizer.clean(crisis)) }
        text += contentsMenu()
        // Back where the reader left off: the section holding the saved line, next
        // for Enter (the very first section needs no offer).
        if offeringResume, let line = positions[chosen.id],
           let resumed = outline.entries.lastIndex(where: { $0.sourceLine <= line }), resumed > 0 {
            position = resumed - 1
            text += PlainSessionText.resumeOffer(section: outline.entries[resumed].title)
        }
        return text
    }

    mutating func read(_ index: Int) -> String {
        guard let outline else { return articleMenu() }
        position = index
        lastRead = index
        let entry = outline.entries[index]
        var text = PlainSessionText.entryHeading(number: index + 1, of: outline.entries.count, title: entry.title,
                                                 isQuestion: entry.isQuestion)
        // The title is already announced; skip the heading line that repeats it.
        let body = entry.lines.first == entry.title ? Array(entry.lines.dropFirst()) : entry.lines
        text += body.drop { $0.isEmpty }.joined(separator: "\n") + "\n"
        if entry.links.contains(where: \.target.isInternal) { text += PlainSessionText.followLinkHint }
        return text + PlainSessionText.entryEnd(number: index + 1, isQuestion: entry.isQuestion,
                                                hasNext: index + 1 < outline.entries.count, hasPrevious: index > 0)
    }

    private mutating func step(by offset: Int) -> String {
        guard let outline else { return PlainSessionText.chooseAnArticleFirst + articleMenu() }
        let target = (position.map { $0 + offset }) ?? 0
        guard outline.entries.indices.contains(target) else {
            return offset > 0 ? PlainSessionText.lastSection : PlainSessionText.firstSection
        }
        return read(target)
    }

    /// `!`: every crisis line of the article's language, the clinic, then the article's crisis text.
    private var crisisHelp: CrisisHelp {
        let articleText = article?.meta.crisis ?? library.entries.lazy.compactMap(\.crisis).first
        return crisis.help(in: article?.meta.language ?? "en", articleText: articleText)
    }

    /// The one line of crisis help the consult interview opens with.
    private var crisisText: String {
        let text = article?.meta.crisis ?? library.entries.lazy.compactMap(\.crisis).first
        return text.map(Sanitizer.clean) ?? PlainCrisisText.emergencyNumber
    }

    // MARK: Consult request

    /// `c`: the interview, picking up an unfinished request at its review.
    private mutating func startConsult() -> String {
        if let form = unfinished {
            unfinished = nil
            var interview = PlainConsultInterview(resuming: form, crisis: crisis, language: article?.meta.language ?? "en")
            let text = interview.resumedOpening(crisis: crisisText)
            consult = interview
            return text
        }
        let interview = PlainConsultInterview(article: article, crisis: crisis)
        consult = interview
        return interview.opening(crisis: crisisText)
    }

    private mutating func answerConsult(_ input: String) -> Reply {
        guard var interview = consult else { return Reply(text: "") }
        switch interview.answer(input) {
        case .ask(let text):
            consult = interview
            return Reply(text: text, draft: .keep(interview.form))
        case .submit(let form):
            consult = interview
            return Reply(text: PlainConsultText.saving, submit: form)
        case .cancelled(let text):
            consult = nil
            return Reply(text: text, draft: .discard)
        }
    }

    /// The request was saved: the reference and what happens next, in the words every front end uses.
    /// `notice` is what the store must tell the user besides (a requests file moved aside).
    private mutating func consultSaved(reference: String, notice: String?,
                                         delivery: ConsultDeliveryOutcome) -> Reply {
        guard let interview = consult else { return Reply(text: "") }
        let help = crisis.help(for: interview.form.message, preferring: article?.meta.language)
        consult = nil
        return Reply(text: PlainConsultText.saved(reference: reference, method: interview.form.contactMethod,
                                                  urgentHelp: help, notice: notice,
                                                  delivery: delivery),
                     draft: .discard)
    }

    /// The save failed; the answers are kept and the patient may try again.
    private mutating func consultFailed(reason: String) -> Reply {
        guard var interview = consult else { return Reply(text: "") }
        let text = interview.saveFailed(reason)
        consult = interview
        return Reply(text: text)
    }

    func outOfRange(_ count: Int) -> String {
        count == 0 ? PlainSessionText.nothingToChoose : PlainSessionText.chooseFromRange(count)
    }
}

extension String {
    var plainTrimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
