#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signals a person at a shared terminal could send from the keyboard
/// to get past the reader: SIGTSTP (Ctrl-Z) would stop it and give them the
/// shell it was started from, with the last patient's request a `grep` away;
/// SIGQUIT (Ctrl-\) would end it with a core dump. A kiosk ignores both, for
/// its whole life, and also SIGTTIN/SIGTTOU, the other two job-control stops.
/// Staff still end it with SIGTERM or SIGHUP.
public enum KioskSignals {
    public static func ignore() {
        for number in [SIGTSTP, SIGQUIT, SIGTTIN, SIGTTOU] {
            _ = signal(number, SIG_IGN)
        }
    }
}
