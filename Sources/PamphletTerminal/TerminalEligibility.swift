import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the full-screen reader can run here, decided before ncurses is
/// touched so that a pipe, a dumb terminal or a missing TERM gets plain text
/// instead of ncurses' "Error opening terminal".
public enum TerminalEligibility: Equatable, Sendable {
    case fullScreen
    case plain(reason: String)

    public static func current(environment: [String: String]) -> TerminalEligibility {
        decide(stdinIsTerminal: isatty(STDIN_FILENO) == 1,
               stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
               term: environment["TERM"])
    }

    /// The decision itself, separate from the process so tests can ask it directly.
    public static func decide(stdinIsTerminal: Bool, stdoutIsTerminal: Bool, term: String?) -> TerminalEligibility {
        guard stdoutIsTerminal else { return .plain(reason: "standard output is not a terminal") }
        guard stdinIsTerminal else { return .plain(reason: "standard input is not a terminal") }
        guard let term, !term.isEmpty else { return .plain(reason: "TERM is not set") }
        if term == "dumb" { return .plain(reason: "TERM=dumb") }
        return .fullScreen
    }
}
