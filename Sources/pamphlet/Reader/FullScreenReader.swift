import PamphletTerminal
import PamphletUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The run loop: each key becomes a `Msg` for `ReaderApp.update`, a tick about once
/// a second, the effects go to the runner both readers share, and after each event
/// the app's view is painted by the terminal.
struct FullScreenReader {
    var app: ReaderApp
    let terminal: CursesTerminal
    let effects: EffectRunner

    private static let tickInterval = 1.0

    mutating func run() {
        var size = terminal.size
        // Lay out once for the real size; a view at any other size re-lays out every frame.
        _ = app.update(.resize(Size(width: size.width, height: size.height)))
        var nextTick = Self.monotonicSeconds() + Self.tickInterval
        terminal.present(app.view(width: size.width, height: size.height))
        while true {
            var pending: [Effect] = []
            let wait = Int(((nextTick - Self.monotonicSeconds()) * 1000).rounded(.up))
            if let key = terminal.nextKey(timeoutMilliseconds: wait) {
                if case .resize(let width, let height) = key { size = (width, height) }
                // Ctrl-Z suspends only where a shell job may be left (never on a kiosk).
                if key == .control("z") && terminal.canSuspend {
                    terminal.suspend()
                    size = terminal.size
                } else {
                    pending += app.update(Msg(key))
                }
            }
            let now = Self.monotonicSeconds()
            if now >= nextTick {
                pending += app.update(.tick(now: now))
                nextTick = now + Self.tickInterval
            }
            if effects.perform(pending, on: &app) == .quit { return }
            terminal.present(app.view(width: size.width, height: size.height))
        }
    }

    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
