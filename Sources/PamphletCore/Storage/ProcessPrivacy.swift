import CProcessPrivacy
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps a patient's answers out of core files and away from other processes.
///
/// A process that holds answers in memory (the readers with their consult
/// form, `consult`, the staff `requests` commands) calls this first: the core
/// size limit goes to zero, hard limit too, so `ulimit -c unlimited` in the
/// shell cannot bring a dump back, and on Linux the process is marked not
/// dumpable, which also stops same-user processes from attaching to it or
/// reading its memory through /proc.
public enum ProcessPrivacy {
    public static func keepAnswersOutOfCoreDumps() {
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &none)
        _ = pamphlet_set_not_dumpable()
    }

    /// The current core size limit (soft, hard), for tests and `--version`-style checks.
    public static var coreLimit: (soft: UInt64, hard: UInt64) {
        var limit = rlimit()
        _ = getrlimit(Int32(RLIMIT_CORE.rawValue), &limit)
        return (UInt64(limit.rlim_cur), UInt64(limit.rlim_max))
    }

    /// True when the system says this process may dump core (nil where it cannot say).
    public static var isDumpable: Bool? {
        let answer = pamphlet_is_dumpable()
        return answer < 0 ? nil : answer != 0
    }
}
