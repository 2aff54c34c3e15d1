import Testing

/// Runs `body` and records an issue if it took longer than `limit`.
///
/// The limit is generous on purpose: it catches a hang or a blow-up (quadratic,
/// exponential), not a slow machine. The outcome itself is asserted by the caller.
func withinHangGuard<T>(_ what: String, limit: Duration = .seconds(60),
                        _ body: () throws -> T) rethrows -> T {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    let elapsed = clock.now - start
    if elapsed > limit {
        Issue.record("\(what) took \(elapsed), over the \(limit) hang guard")
    }
    return result
}
