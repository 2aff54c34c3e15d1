#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PamphletCore
import PamphletUI

/// Runs `PlainReaderSession` on standard input and output: one command per
/// line, replies appended; end of input quits. Keeps the consult draft as the
/// session asks (never in kiosk mode: `ConsultHost` has no drafts there).
struct PlainReader {
    var library: Library
    var openArticle: String?
    var section: String?
    var consult: ConsultHost
    var search: ReaderSearch
    /// nil in kiosk mode: what someone read is not left for the next person.
    var positions: ReadingPositionStore?
    var crisis: CrisisSupport = .standard

    func run() {
        let unfinished = consult.unfinishedDraft()
        let saved = positions?.load() ?? [:]
        let (engine, problem): (SearchEngine?, String?) = switch search {
        case .engine(let engine): (engine, nil)
        case .inMemory(let lexicon): (SearchEngine(articles: library.articles, lexicon: lexicon), nil)
        case .unavailable(let reason): (nil, reason)
        }
        var session = PlainReaderSession(library: library, search: engine, searchProblem: problem,
                                         unfinished: unfinished, positions: saved, crisis: crisis)
        perform(session.opening(article: openArticle, section: section))
        var lastSaved = session.readingPlace
        while let line = readLine(strippingNewline: true) {
            let reply = session.respond(to: line)
            perform(reply)
            // A position that cannot be saved is not worth interrupting the reader for.
            if let place = session.readingPlace, place != lastSaved {
                try? positions?.save(article: place.article, sourceLine: place.sourceLine)
                lastSaved = place
            }
            if reply.quit { return }
            if let form = reply.submit {
                switch consult.save(form) {
                case .success(let report):
                    perform(session.consultSaved(reference: report.reference, notice: report.quarantine?.description,
                                                 delivery: report.delivery))
                case .failure(let failure): perform(session.consultFailed(reason: failure.reason))
                }
            }
        }
    }

    private func perform(_ reply: PlainReaderSession.Reply) {
        write(reply.text)
        switch reply.draft {
        case .keep(let form): consult.keepDraft(form)
        case .discard: consult.removeDraft()
        case nil: break
        }
    }

    private func write(_ text: String) {
        print(text, terminator: "")
        fflush(nil)  // all streams: a screen reader must hear each reply at once
    }
}
