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

    private static let tickInterval = 1.0

    mutating func run() {
        var size = terminal.size
        var nextTick = Self.monotonicSeconds() + Self.tickInterval
        terminal.present(app.view(width: size.width, height: size.height))
        while true {
            var effects: [Effect] = []
            let wait = Int(((nextTick - Self.monotonicSeconds()) * 1000).rounded(.up))
            if let key = terminal.nextKey(timeoutMilliseconds: wait) {
                if case .resize(let width, let height) = key { size = (width, height) }
                if key == .control("z") {
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

    private func perform(_ effects: [Effect]) -> Outcome {
        var outcome = Outcome.keepGoing
        for effect in effects {
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
