import PamphletTerminal
import PamphletUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The run loop: key -> `ReaderApp.handle` -> effects, a tick about once a
/// second, and after each event the app's view painted by the terminal.
struct FullScreenReader {
    var app: ReaderApp
    let terminal: CursesTerminal
    /// nil in kiosk mode: positions are never written there.
    let positions: ReadingPositionStore?
    /// Saves consult requests and keeps their drafts.
    let consult: ConsultHost

    private static let tickInterval = 1.0

    mutating func run() {
        var size = terminal.size
        // Lay out once for the real size; a view at any other size re-lays out every frame.
        _ = app.handle(.resize(width: size.width, height: size.height))
        var nextTick = Self.monotonicSeconds() + Self.tickInterval
        terminal.present(app.view(width: size.width, height: size.height))
        while true {
            var effects: [Effect] = []
            let wait = Int(((nextTick - Self.monotonicSeconds()) * 1000).rounded(.up))
            if let key = terminal.nextKey(timeoutMilliseconds: wait) {
                if case .resize(let width, let height) = key { size = (width, height) }
                // Ctrl-Z suspends only where a shell job may be left (never on a kiosk).
                if key == .control("z") && terminal.canSuspend {
                    terminal.suspend()
                    size = terminal.size
                } else {
                    effects += app.handle(key)
                }
            }
            let now = Self.monotonicSeconds()
            if now >= nextTick {
                effects += app.tick(now: now)
                nextTick = now + Self.tickInterval
            }
            if perform(effects) == .quit { return }
            terminal.present(app.view(width: size.width, height: size.height))
        }
    }

    private enum Outcome { case keepGoing, quit }

    private mutating func perform(_ effects: [Effect]) -> Outcome {
        var outcome = Outcome.keepGoing
        var pending = effects[...]
        while let effect = pending.popFirst() {
            switch effect {
            case .quit:
                outcome = .quit
            case .savePosition(let article, let sourceLine):
                // A position that cannot be saved is not worth interrupting the reader for.
                try? positions?.save(article: article, sourceLine: sourceLine)
            case .setMouse(let enabled):
                terminal.setMouse(enabled)
            case .clearScrollback:
                terminal.clearScrollback()
            case .submitConsult(let form):
                switch consult.save(form) {
                case .success(let report):
                    pending += app.consultSaved(reference: report.reference, notice: report.quarantine?.description,
                                                delivery: report.delivery)
                case .failure(let failure): app.consultFailed(message: failure.reason)
                }
            case .saveConsultDraft(let form):
                consult.keepDraft(form)
            case .removeConsultDraft:
                consult.removeDraft()
            }
        }
        return outcome
    }

    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
