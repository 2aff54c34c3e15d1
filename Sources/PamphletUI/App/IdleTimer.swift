/// Notices when a kiosk has been left alone: keys mark activity, ticks carry the time.
struct IdleTimer: Sendable, Equatable {
    let timeout: Double
    private var lastActivity: Double?
    private var sawKey = false

    init(timeout: Double) {
        self.timeout = timeout
    }

    mutating func noteKey() {
        sawKey = true
    }

    /// True once per idle period: when `timeout` seconds passed since the last key.
    mutating func hasExpired(now: Double) -> Bool {
        guard let last = lastActivity, !sawKey else {
            lastActivity = now
            sawKey = false
            return false
        }
        guard now - last >= timeout else { return false }
        lastActivity = now
        return true
    }
}
