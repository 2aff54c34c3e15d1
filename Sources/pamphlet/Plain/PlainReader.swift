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

    func run() {
        let unfinished = consult.unfinishedDraft()
        var session: PlainReaderSession
        switch search {
        case .engine(let engine):
            session = PlainReaderSession(library: library, search: engine, unfinished: unfinished)
        case .inMemory(let lexicon):
            session = PlainReaderSession(library: library, search: SearchEngine(articles: library.articles, lexicon: lexicon),
                                         unfinished: unfinished)
        case .unavailable(let reason):
            session = PlainReaderSession(library: library, searchProblem: reason, unfinished: unfinished)
        }
        perform(session.opening(article: openArticle, section: section))
        while let line = readLine(strippingNewline: true) {
            let reply = session.respond(to: line)
            perform(reply)
            if reply.quit { return }
            if let form = reply.submit {
                switch consult.save(form) {
                case .success(let report):
                    perform(session.consultSaved(reference: report.reference, notice: report.quarantine?.description))
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
