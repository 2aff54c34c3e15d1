import Foundation
import PamphletTestSupport

/// A shell in a tmux pane with the reader's environment: a private state
/// folder (reading positions) and the shipped library, so tests read as the
/// keystrokes a person would type.
struct ReaderSession {
    let pane: TmuxPane
    let stateFolder: URL

    static let article = "what-does-ketamine-therapy-feel-like"
    static var shippedLibrary: String { PamphletProcess.packageRoot.appendingPathComponent("Articles").path }

    init(stateFolder: URL, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        self.stateFolder = stateFolder
        var settings = ["XDG_STATE_HOME": stateFolder.path, "SWIFT_BACKTRACE": "enable=no",
                        "PAMPHLET_LOCALEDIR": TestCatalogs.directory]
        settings.merge(environment) { $1 }
        pane = try TmuxPane(width: width, height: height, environment: settings)
    }

    /// Types a `pamphlet` command line at the shell prompt.
    func start(_ arguments: [String], library: String = ReaderSession.shippedLibrary) throws {
        let words = [PamphletProcess.binary] + arguments + ["--library", library]
        try pane.type(words.map(Self.shellQuoted).joined(separator: " "), enter: true)
    }

    /// Waits until the reader has ended and the shell prompt is back as the last line.
    func waitForPrompt() throws {
        try pane.waitForPrompt()
    }

    /// After the reader has exited: the terminal echoes, is line-buffered, and
    /// the shell runs commands; what a person needs to keep working.
    func terminalIsRestored() throws -> Bool {
        try waitForPrompt()
        try pane.type("clear; stty -a | tr ';' '\\n' | grep -ow -e -echo -e echo -e -icanon -e icanon; echo ok-$((40+2))",
                      enter: true)
        let screen = try pane.waitFor("ok-42")
        let words = Set(screen.split(whereSeparator: \.isWhitespace).map(String.init))
        return words.contains("echo") && words.contains("icanon")
            && !words.contains("-echo") && !words.contains("-icanon")
    }

    /// Sends `signal` to the running reader, as a hang-up or `kill` would.
    func send(signal: Int32) throws {
        guard let pid = try pane.foregroundPid(named: "pamphlet") else {
            throw TmuxPane.TimedOut(waitingFor: "a running pamphlet", screen: try pane.screen())
        }
        kill(pid, signal)
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
