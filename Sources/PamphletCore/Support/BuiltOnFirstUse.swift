import Synchronization

/// A value built the first time it is asked for, then kept; safe to share between threads.
///
/// For what a start need not pay for: the crisis phrases and the lexicon's stems are
/// needed only once someone types words, not to paint the first screen.
public final class BuiltOnFirstUse<Value: Sendable>: Sendable {
    private let build: @Sendable () -> Value
    private let built: Mutex<Value?>

    public init(_ build: @escaping @Sendable () -> Value) {
        self.build = build
        built = Mutex(nil)
    }

    /// Already built.
    public init(ready value: Value) {
        build = { value }
        built = Mutex(value)
    }

    public var value: Value {
        built.withLock { stored in
            if let stored { return stored }
            let value = build()
            stored = value
            return value
        }
    }
}
