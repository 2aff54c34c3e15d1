#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PamphletCore
import PamphletUI

/// Runs `PlainReaderSession` on standard input and output: one command per
/// line, replies appended; end of input quits.
struct PlainReader {
    var library: Library
    var openArticle: String?
    var section: String?
    var consult: ConsultHost
    var search: ReaderSearch

    func run() {
        var session: PlainReaderSession
        switch search {
        case .engine(let engine):
            session = PlainReaderSession(library: library, search: engine)
        case .inMemory(let lexicon):
            session = PlainReaderSession(library: library, search: SearchEngine(articles: library.articles, lexicon: lexicon))
        case .unavailable(let reason):
            session = PlainReaderSession(library: library, searchProblem: reason)
        }
        write(session.opening(article: openArticle, section: section).text)
        while let line = readLine(strippingNewline: true) {
            let reply = session.respond(to: line)
            write(reply.text)
            if reply.quit { return }
            if let form = reply.submit {
                switch consult.save(form) {
                case .success(let report):
                    write(session.consultSaved(reference: report.reference, notice: report.quarantine?.description).text)
                case .failure(let failure): write(session.consultFailed(reason: failure.reason).text)
                }
            }
        }
    }

    private func write(_ text: String) {
        print(text, terminator: "")
        fflush(nil)  // all streams: a screen reader must hear each reply at once
    }
}
