import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tmux session running the built binary, driven as a person at a terminal
/// would: send keys, then poll the screen until the expected text shows.
/// Each session has a unique name; only sessions started here are killed.
final class TmuxSession {
    let name = "pamphlet-e2e-\(UUID().uuidString.prefix(8))"

    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let screen: String
        var description: String { "timed out waiting for \"\(waitingFor)\"; the screen was:\n\(screen)" }
    }

    /// Starts `arguments` (the binary and its arguments) with `environment` set, in a
    /// `width` x `height` window.
    init(_ arguments: [String], environment: [String: String], width: Int = 80, height: Int = 24) throws {
        let command = ["env"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + arguments
        try Self.tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                       command.map(Self.shellQuoted).joined(separator: " ")], capturingOutput: false)
    }

    deinit {
        _ = try? Self.tmux(["kill-session", "-t", name])
    }

    /// Sends tmux key names ("Tab", "C-s", "Enter", "Right").
    func press(_ keys: String...) throws {
        try Self.tmux(["send-keys", "-t", name] + keys)
    }

    /// Types text literally, one character at a time as a keyboard would.
    func type(_ text: String) throws {
        try Self.tmux(["send-keys", "-t", name, "-l", text])
    }

    func screen() throws -> String {
        try Self.tmux(["capture-pane", "-t", name, "-p"])
    }

    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(waitingFor: text, screen: last)
    }

    /// Runs tmux with posix_spawn and waitpid: Foundation's Process did not notice the
    /// exit of a client whose server it had started, and hung the test.
    @discardableResult
    static func tmux(_ arguments: [String], capturingOutput: Bool = true) throws -> String {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw SpawnFailure(command: arguments.first ?? "") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if capturingOutput {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        } else {
            // The first session starts the tmux server, which would hold a captured stdout open forever.
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, argv, environ)
        close(fds[1])
        defer { close(fds[0]) }
        guard spawned == 0 else { throw SpawnFailure(command: arguments.first ?? "") }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fds[0], &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return String(decoding: output, as: UTF8.self)
    }

    struct SpawnFailure: Error {
        let command: String
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
