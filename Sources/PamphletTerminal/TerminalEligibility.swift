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
    /// Both ends are a terminal that ncurses cannot drive (an Emacs shell's TERM=dumb):
    /// a person is there, so the line-by-line reader, not a printout.
    case lineByLine(reason: String)
    case plain(reason: String)

    public var isLineByLine: Bool {
        if case .lineByLine = self { true } else { false }
    }

    public static func current(environment: [String: String]) -> TerminalEligibility {
        decide(stdinIsTerminal: isatty(STDIN_FILENO) == 1,
               stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
               term: environment["TERM"])
    }

    /// The decision itself, separate from the process so tests can ask it directly.
    public static func decide(stdinIsTerminal: Bool, stdoutIsTerminal: Bool, term: String?) -> TerminalEligibility {
        guard stdoutIsTerminal else { return .plain(reason: "standard output is not a terminal") }
        guard stdinIsTerminal else { return .plain(reason: "standard input is not a terminal") }
        guard let term, !term.isEmpty else { return .lineByLine(reason: "TERM is not set") }
        if term == "dumb" { return .lineByLine(reason: "TERM=dumb") }
        return .fullScreen
    }
}
