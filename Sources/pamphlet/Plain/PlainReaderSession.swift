import PamphletCore

/// The line-oriented reader for screen-reader users: every reply is appended
/// text (no cursor movement, colour or box drawing), and every choice is a
/// numbered menu. Pure: the caller feeds it the lines the user types.
struct PlainReaderSession {
    struct Reply {
        var text: String
        var quit = false
        /// A consult request the patient confirmed: the caller saves it and
        /// answers with `consultSaved(reference:)` or `consultFailed(reason:)`.
        var submit: ConsultForm?
        /// What to do with the kept draft of the request being answered.
        var draft: DraftChange?
    }

    /// The draft is kept after every answer, so a hang-up or crash loses nothing,
    /// and goes once the request is saved or cancelled.
    enum DraftChange {
        case keep(ConsultForm)
        case discard
    }

    /// What a typed number picks from: the last menu printed.
    enum Menu {
        case articles, contents, questions
        /// Find in the article: the outline entries that hold the matches.
        case found([Int])
        case searchResults([SearchResult])
    }

    let library: Library
    /// The engine for `s WORDS`; nil when the index could not be opened (`searchProblem` says why).
    let search: SearchEngine?
    let searchProblem: String?
    /// The phrases that put crisis help before search results, and who to contact.
    let crisis: CrisisSupport
    var article: Article?
    var outline: PlainOutline?
    var menu = Menu.articles
    /// Index into `outline.entries` that n and p step from.
    private var position: Int?
    /// Index into `outline.entries` of the piece last read in this article; unlike
    /// `position`, not moved by offering to resume.
    private var lastRead: Int?
    /// The consult questions while the patient answers them; every line goes there.
    private var consult: PlainConsultInterview?
    /// A request an earlier session left unfinished; `c` picks it up.
    private var unfinished: ConsultForm?
    /// Where each article was left (article id -> source line), shared with the
    /// full-screen reader; opening an article offers to go on from there.
    private var positions: [String: Int]

    init(library: Library, search: SearchEngine? = nil, searchProblem: String? = nil,
         unfinished: ConsultForm? = nil, positions: [String: Int] = [:], crisis: CrisisSupport = .standard) {
        self.library = library
        self.crisis = crisis
        self.search = search
        self.searchProblem = searchProblem
        self.unfinished = unfinished
        self.positions = positions
    }

    /// An article and the source line of the section last read in it.
    struct ReadingPlace: Equatable {
        var article: String
        var sourceLine: Int
    }

    /// Where the reader is, for the caller to save.
    var readingPlace: ReadingPlace? {
        guard let article, let outline, let lastRead, outline.entries.indices.contains(lastRead) else { return nil }
        return ReadingPlace(article: article.id, sourceLine: outline.entries[lastRead].sourceLine)
    }

    /// The first reply: the library menu, or an article (at `section`).
    mutating func opening(article id: String?, section anchor: String?) -> Reply {
        let reminder = unfinished == nil ? "" : "You have an unfinished consultation request; type c to finish it.\n"
        guard let id, let index = library.articles.firstIndex(where: { $0.id == id }) else {
            return Reply(text: reminder + articleMenu())
        }
        // A section asked for on the command line (`read` has checked it exists) wins over resuming.
        var text = reminder + open(articleAt: index, offeringResume: anchor == nil)
        if let anchor, let entry = outline?.entries.firstIndex(where: { $0.anchor == anchor }) {
            text += read(entry)
        }
        return Reply(text: text)
    }

    mutating func respond(to input: String) -> Reply {
        if consult != nil { return answerConsult(input) }
        if let reply = respondToFindOrSearch(input) { return reply }
        let command = String(input.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()).lowercased()
        if let number = Int(command) { return Reply(text: choose(number)) }
        switch command {
        case "q", "quit": return Reply(text: "Goodbye.\n", quit: true)
        case "?", "h", "help": return Reply(text: Self.help)
        case "l": return Reply(text: articleMenu())
        case "t": return Reply(text: outline == nil ? articleMenu() : contentsMenu())
        case "f": return Reply(text: questionsMenu())
        case "!": return Reply(text: crisisHelpText())
        case "c":
            if let form = unfinished {
                unfinished = nil
                var interview = PlainConsultInterview(resuming: form, crisis: crisis, language: article?.meta.language ?? "en")
                let text = interview.resumedOpening(crisis: crisisText)
                consult = interview
                return Reply(text: text)
            }
            let interview = PlainConsultInterview(article: article, crisis: crisis)
            let text = interview.opening(crisis: crisisText)
            consult = interview
            return Reply(text: text)
        case "n", "": return Reply(text: step(by: 1))
        case "p": return Reply(text: step(by: -1))
        default: return Reply(text: "Unknown command \"\(Sanitizer.clean(command))\". Type ? for help.\n")
        }
    }

    static let help = """
        Commands (type one, then Enter):
          a number  choose from the last menu
          n         next section (Enter alone does the same)
          p         previous section
          t         contents: the sections and questions
          f         frequently asked questions
          / WORDS   find words in this article
          s WORDS   search all articles
          l         list of articles
          !         where to get help now
          c         request a consultation with the clinic
          q         quit

        """

    // MARK: Menus

    mutating func articleMenu() -> String {
        menu = .articles
        var text = "\(count(library.articles.count, "article")); type a number, or ? for help.\n"
        for (index, article) in library.articles.enumerated() {
            let summary = article.meta.summary.map { ": " + Sanitizer.clean($0) } ?? ""
            text += "\(index + 1). \(Sanitizer.clean(article.title))\(summary)\n"
        }
        return text
    }

    private mutating func contentsMenu() -> String {
        guard let outline else { return articleMenu() }
        menu = .contents
        var text = "\(count(outline.entries.count, "entry")): \(count(outline.sections.count, "section")) and "
            + "\(count(outline.questions.count, "question")); type a number, or ? for help.\n"
        for (index, entry) in outline.entries.enumerated() {
            text += "\(index + 1). \(entry.isQuestion ? "Question: " : "")\(entry.title)\n"
        }
        return text
    }

    private mutating func questionsMenu() -> String {
        guard let outline else { return "Choose an article first.\n" + articleMenu() }
        guard !outline.questions.isEmpty else { return "This article has no questions and answers.\n" }
        menu = .questions
        var text = "\(count(outline.questions.count, "question")); type a number, or ? for help.\n"
        for (index, entry) in outline.questions.enumerated() {
            text += "\(index + 1). \(entry.title)\n"
        }
        return text
    }

    private mutating func choose(_ number: Int) -> String {
        switch menu {
        case .articles:
            guard library.articles.indices.contains(number - 1) else { return outOfRange(library.articles.count) }
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

    mutating func open(articleAt index: Int, offeringResume: Bool = true) -> String {
        let chosen = library.articles[index]
        if let place = readingPlace { positions[place.article] = place.sourceLine }
        article = chosen
        let outline = PlainOutline(article: chosen)
        self.outline = outline
        position = nil
        lastRead = nil
        var text = "Article: \(Sanitizer.clean(chosen.title))\n"
        if let crisis = chosen.meta.crisis { text += "Help now: \(Sanitizer.clean(crisis))\n" }
        text += contentsMenu()
        // Back where the reader left off: the section holding the saved line, next
        // for Enter (the very first section needs no offer).
        if offeringResume, let line = positions[chosen.id],
           let resumed = outline.entries.lastIndex(where: { $0.sourceLine <= line }), resumed > 0 {
            position = resumed - 1
            text += "Last time you were reading \"\(outline.entries[resumed].title)\"; Enter goes on from there.\n"
        }
        return text
    }

    mutating func read(_ index: Int) -> String {
        guard let outline else { return articleMenu() }
        position = index
        lastRead = index
        let entry = outline.entries[index]
        let kind = entry.isQuestion ? "Question" : "Section"
        // Counted among all the entries the contents lists, so "3 of 19" matches its 19.
        var text = "\(kind) \(index + 1) of \(outline.entries.count) entries: \(entry.title)\n"
        // The title is already announced; skip the heading line that repeats it.
        let body = entry.lines.first == entry.title ? Array(entry.lines.dropFirst()) : entry.lines
        text += body.drop { $0.isEmpty }.joined(separator: "\n") + "\n"
        let next = index + 1 < outline.entries.count ? "n next, " : ""
        let previous = index > 0 ? "p previous, " : ""
        return text + "End of \(kind.lowercased()) \(index + 1). \(next)\(previous)t contents, q quit.\n"
    }

    private mutating func step(by offset: Int) -> String {
        guard let outline else { return "Choose an article first.\n" + articleMenu() }
        let target = (position.map { $0 + offset }) ?? 0
        guard outline.entries.indices.contains(target) else {
            return offset > 0 ? "That was the last section. t contents, q quit.\n"
                              : "This is the first section. t contents, q quit.\n"
        }
        return read(target)
    }

    /// `!`: every crisis line of the article's language, the clinic, then the article's crisis text.
    private func crisisHelpText() -> String {
        let articleText = article?.meta.crisis ?? library.articles.lazy.compactMap(\.meta.crisis).first
        let help = crisis.help(in: article?.meta.language ?? "en", articleText: articleText)
        let own = help.articleText.map { help.wording.fromTheArticle + " " + $0 + "\n" } ?? ""
        return help.wording.title + ":\n" + help.paragraphs.joined(separator: "\n") + "\n" + own
    }

    private var crisisText: String {
        let text = article?.meta.crisis ?? library.articles.lazy.compactMap(\.meta.crisis).first
        return text.map(Sanitizer.clean) ?? "If you are in danger, call your local emergency number."
    }

    // MARK: Consult request

    private mutating func answerConsult(_ input: String) -> Reply {
        guard var interview = consult else { return Reply(text: "") }
        switch interview.answer(input) {
        case .ask(let text):
            consult = interview
            return Reply(text: text, draft: .keep(interview.form))
        case .submit(let form):
            consult = interview
            return Reply(text: "Saving your request…\n", submit: form)
        case .cancelled(let text):
            consult = nil
            return Reply(text: text, draft: .discard)
        }
    }

    /// The request was saved: the reference and what happens next, in the words every front end uses.
    /// `notice` is what the store must tell the user besides (a requests file moved aside).
    mutating func consultSaved(reference: String, notice: String? = nil,
                               delivery: ConsultDeliveryOutcome = .keptHere) -> Reply {
        let method = consult?.form.contactMethod ?? .either
        let help = consult.flatMap { crisis.help(for: $0.form.message, preferring: article?.meta.language) }
        consult = nil
        return Reply(text: (help.map { PlainCrisisText.consult($0) + $0.wording.urgentSaved + "\n" } ?? "")
            + ConsultConfirmationText.saved(reference: reference) + "\n"
            + ConsultConfirmationText.whatHappensNext(method: method, delivery: delivery) + "\n"
            + ConsultConfirmationText.notForEmergencies + "\n"
            + (notice.map { ConsultConfirmationText.staffNotice($0) + "\n" } ?? ""),
            draft: .discard)
    }

    /// The save failed; the answers are kept and the patient may try again.
    mutating func consultFailed(reason: String) -> Reply {
        guard var interview = consult else { return Reply(text: "") }
        let text = interview.saveFailed(reason)
        consult = interview
        return Reply(text: text)
    }

    func outOfRange(_ count: Int) -> String {
        count == 0 ? "Nothing to choose here. Type ? for help.\n" : "Type a number from 1 to \(count).\n"
    }

    func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) " + (noun.hasSuffix("y") ? noun.dropLast() + "ies" : noun + "s")
    }
}
