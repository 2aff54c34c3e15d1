import PamphletCore
import PamphletUI

/// Runs `PlainReaderSession` on standard input and output: each line typed is a
/// `Msg.line`, and the effects go to the runner both readers share; end of input
/// quits. Drafts are kept as the session asks (never in kiosk mode: `ConsultHost`
/// has no drafts there).
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
        var session = PlainReaderSession(library: library, search: search, openArticle: openArticle, section: section,
                                         positions: positions?.load() ?? [:], remembersPositions: positions != nil,
                                         crisis: crisis,
                                         languages: InterfaceLanguage.allCases.filter(MessageCatalogs.hasCatalog))
        let runner = EffectRunner(positions: positions, consult: consult, terminal: nil)
        if let draft = consult.unfinishedDraft() { _ = session.update(.draftOffered(draft)) }
        guard runner.perform(session.update(.start), on: &session) == .keepGoing else { return }
        while let line = readLine(strippingNewline: true) {
            if runner.perform(session.update(.line(line)), on: &session) == .quit { return }
        }
    }
}
