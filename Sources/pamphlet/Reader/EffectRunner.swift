import PamphletCore
import PamphletTerminal
import PamphletUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Performs what either reader asks for: the only place the readers' effects
/// become I/O. Answers (a saved or failed request) go back to the reader as
/// messages, and the effects those bring are performed in turn.
struct EffectRunner {
    /// nil in kiosk mode: positions are never written there.
    let positions: ReadingPositionStore?
    /// Saves consult requests and keeps their drafts.
    let consult: ConsultHost
    /// The full-screen reader's terminal; nil for the line-oriented reader, whose output is standard output.
    let terminal: CursesTerminal?

    enum Outcome { case keepGoing, quit }

    func perform<Model: ReaderModel>(_ effects: [Effect], on model: inout Model) -> Outcome {
        var outcome = Outcome.keepGoing
        var pending = effects[...]
        while let effect = pending.popFirst() {
            switch effect {
            case .quit:
                outcome = .quit
            case .write(let text):
                // The curses screen owns the terminal; only the line-oriented reader writes text.
                guard terminal == nil else { continue }
                print(text, terminator: "")
                fflush(nil)  // all streams: a screen reader must hear each reply at once
            case .savePosition(let article, let sourceLine):
                // A position that cannot be saved is not worth interrupting the reader for.
                try? positions?.save(article: article, sourceLine: sourceLine)
            case .setMouse(let enabled):
                terminal?.setMouse(enabled)
            case .setLanguage(let language):
                // Messages made here (a save's failure, a delivery notice) follow the reader.
                Localization.setLanguage(language)
            case .clearScrollback:
                terminal?.clearScrollback()
            case .submitConsult(let form):
                switch consult.save(form) {
                case .success(let report):
                    pending += model.update(.consultSaved(reference: report.reference,
                                                          notice: report.quarantine?.description,
                                                          delivery: report.delivery))
                case .failure(let failure):
                    pending += model.update(.consultFailed(reason: failure.reason))
                }
            case .saveConsultDraft(let form):
                consult.keepDraft(form)
            case .removeConsultDraft:
                consult.removeDraft()
            }
        }
        return outcome
    }
}
