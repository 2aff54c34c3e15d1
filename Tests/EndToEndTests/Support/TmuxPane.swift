import Foundation

/// One tmux session running a shell, driven as a person would: type keys, read
/// the screen. Each pane gets its own session on a tmux server private to this
/// test process, so tests never touch a user's tmux or each other; `close()`
/// kills only that session.
final class TmuxPane: @unchecked Sendable {
    let name: String
    private static let socket = "pamphlet-e2e-\(getpid())"

    /// Starts `sh` in a `width`x`height` pane with `environment` added to a
    /// minimal one and a prompt (`$ `) the tests can recognise.
    init(width: Int = 100, height: Int = 30, environment: [String: String] = [:],
         directory: String = FileManager.default.currentDirectoryPath) throws {
        name = "pane-\(UUID().uuidString.prefix(8))"
        var settings = ["PS1": "$ ", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin",
                        "LANG": "C.UTF-8"]
        settings.merge(environment) { $1 }
        var arguments = ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "-c", directory]
        arguments += ["env", "-i"] + settings.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }
            + ["TERM=tmux-256color", "sh", "-c", Self.shellWithoutCoreDumps]
        try Self.tmux(arguments)
        try waitForPrompt()
    }

    /// Tests kill the reader with SIGSEGV and SIGABRT on purpose; where core
    /// dumps are on, each would write a core file into the working copy and
    /// slow the run. The inner `sh` is interactive because its input is the pane.
    private static let shellWithoutCoreDumps = "ulimit -c 0; exec sh"

    /// Waits until the shell prompt is the last line, i.e. the shell is idle.
    /// (capture-pane drops trailing spaces, so the prompt reads as "$".)
    func waitForPrompt() throws {
        try waitUntil("the shell prompt") { screen in
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } == "$"
        }
    }

    deinit { close() }

    func close() {
        _ = try? Self.tmux(["kill-session", "-t", name])
    }

    /// Types `text` literally (no key names), then Enter when asked.
    func type(_ text: String, enter: Bool = false) throws {
        try Self.tmux(["send-keys", "-t", name, "-l", text])
        if enter { try press("Enter") }
    }

    /// Presses keys by tmux name: "j", "Space", "NPage", "C-c", "Enter".
    func press(_ keys: String...) throws {
        try Self.tmux(["send-keys", "-t", name] + keys)
    }

    /// Pastes `text` as a terminal does: bracketed (ESC [200~ ... ESC [201~) when the
    /// program in the pane asked for it, as a run of keys otherwise.
    func paste(_ text: String) throws {
        let buffer = "paste-\(UUID().uuidString)"
        try Self.tmux(["set-buffer", "-b", buffer, text])
        try Self.tmux(["paste-buffer", "-p", "-d", "-b", buffer, "-t", name])
    }

    /// Lets programs in the pane set tmux's paste buffers with OSC 52, as a
    /// terminal with clipboard access would; `pasteBuffers()` shows what they set.
    func allowClipboardWrites() throws {
        try Self.tmux(["set-option", "-s", "set-clipboard", "on"])
    }

    func pasteBuffers() throws -> String {
        try Self.tmux(["list-buffers"])
    }

    /// Appends every byte the pane's programs write from now on to `path`, as the terminal
    /// receives them (escape sequences included), for what the screen cannot show.
    func recordOutput(to path: String) throws {
        try Self.tmux(["pipe-pane", "-o", "-t", name, "cat >> '" + path + "'"])
    }

    func resize(width: Int, height: Int) throws {
        try Self.tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen, one string per row.
    func screen() throws -> String {
        try Self.tmux(["capture-pane", "-t", name, "-p"])
    }

    /// The pid of the process running in the pane's foreground (the reader):
    /// the shell's child named `command`, found in /proc so the tests need no
    /// procps (pgrep), which a minimal Debian does not have.
    func foregroundPid(named command: String) throws -> Int32? {
        let shellPid = try Self.tmux(["display-message", "-t", name, "-p", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in processes {
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { continue }
            // "pid (comm) state ppid ...": the name may hold spaces, so split after the ')'.
            let name = stat[stat.index(after: open)..<close]
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if name == command, fields.count > 1, fields[1] == shellPid { return pid }
        }
        return nil
    }

    /// How long a wait may take before the test fails. Generous because
    /// `swift test` runs every suite at once on two shared cores; a passing
    /// wait returns as soon as the screen matches, so this only bounds failures.
    static let defaultTimeout: Double = 30

    /// Polls the screen until `predicate` holds; fails with the last screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = TmuxPane.defaultTimeout, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            usleep(20_000)
        }
        throw TimedOut(waitingFor: what, screen: last)
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = TmuxPane.defaultTimeout) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    struct TimedOut: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); screen was:\n\(screen)" }
    }

    struct CommandFailed: Error, CustomStringConvertible {
        var command: String
        var status: Int32
        var output: String
        var description: String { "\(command) exited \(status): \(output)" }
    }

    @discardableResult
    private static func tmux(_ arguments: [String]) throws -> String {
        try run("/usr/bin/env", ["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
    }

    /// Runs a command to completion with posix_spawn and waitpid. Output goes
    /// through a file, not a pipe: the tmux server that `new-session` starts
    /// inherits the descriptor and would hold a pipe open forever.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw CommandFailed(command: executable, status: spawned, output: "cannot start")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard exitStatus == 0 else {
            throw CommandFailed(command: ([executable] + arguments).joined(separator: " "),
                                status: exitStatus, output: text)
        }
        return text
    }
}
