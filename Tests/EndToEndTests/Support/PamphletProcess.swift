import Foundation
import PamphletTestSupport

/// Runs the built `pamphlet` binary as a script or a person at a shell would,
/// with a given environment and working folder, and collects what it printed.
/// (Foundation's Process is fine here: no tmux server inherits these pipes.)
struct PamphletProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The whole environment the binary sees.
    var environment: [String: String]
    /// The binary's working folder; nil keeps this test process's.
    var directory: String?

    /// This test process's environment with `changes` made: a nil value removes the variable.
    static func inheriting(_ changes: [String: String?] = [:]) -> PamphletProcess {
        var merged = ProcessInfo.processInfo.environment
        merged["PAMPHLET_LOCALEDIR"] = TestCatalogs.directory
        // Unit tests in this same process switch languages by setting LANGUAGE (as glibc's
        // gettext reads it): a binary started meanwhile must not inherit a Spanish interface.
        merged["LANGUAGE"] = nil
        for (key, value) in changes { merged[key] = value }
        return PamphletProcess(environment: merged, directory: nil)
    }

    /// Runs the binary with this process's environment plus `environment` (see `inheriting`).
    static func run(_ arguments: [String], stdin: String? = nil,
                    environment: [String: String?] = [:]) throws -> Result {
        try inheriting(environment).run(arguments, stdin: stdin)
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `$PAMPHLET_BIN` (a relative path is taken from the package root), else `.build/debug/pamphlet`.
    static var binary: String {
        let configured = ProcessInfo.processInfo.environment["PAMPHLET_BIN"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ".build/debug/pamphlet"
        return configured.hasPrefix("/") ? configured : packageRoot.appendingPathComponent(configured).path
    }

    /// A missing binary is a failure with the fix in the message, not a skip.
    static func requireBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw MissingBinary(path: binary) }
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var path: String
        var description: String { "pamphlet binary not found at \(path); run `swift build` or set PAMPHLET_BIN." }
    }

    /// Runs the binary to the end. `shell` is shell commands (e.g. `umask 000`) run before it.
    func run(_ arguments: [String], shell: String? = nil, stdin: String? = nil) throws -> Result {
        let (process, output, errors) = try start(arguments, shell: shell, stdin: stdin)
        // Read both pipes at once so a chatty stderr cannot block stdout.
        nonisolated(unsafe) var stderrData = Data()
        let stderrDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            stderrData = errors.fileHandleForReading.readDataToEndOfFile()
            stderrDone.signal()
        }
        let stdoutData = output.fileHandleForReading.readDataToEndOfFile()
        stderrDone.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// Starts `/bin/sh -c script` with `$0` set to the binary, for loops of runs.
    func startScript(_ script: String) throws -> (Process, Pipe, Pipe) {
        try launch(executable: "/bin/sh", arguments: ["-c", script, Self.binary], stdin: nil)
    }

    /// Starts the binary and leaves it running; the caller reads the pipes and waits.
    func start(_ arguments: [String], shell: String? = nil, stdin: String? = nil) throws -> (Process, Pipe, Pipe) {
        if let shell {
            return try launch(executable: "/bin/sh",
                              arguments: ["-c", "\(shell); exec \"$0\" \"$@\"", Self.binary] + arguments, stdin: stdin)
        }
        return try launch(executable: Self.binary, arguments: arguments, stdin: stdin)
    }

    private func launch(executable: String, arguments: [String], stdin: String?) throws -> (Process, Pipe, Pipe) {
        try Self.requireBinary()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin {
            // The binary stops reading at its input cap; the rest must not kill the test with SIGPIPE.
            signal(SIGPIPE, SIG_IGN)
            try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
        }
        try input.fileHandleForWriting.close()
        return (process, output, errors)
    }
}
