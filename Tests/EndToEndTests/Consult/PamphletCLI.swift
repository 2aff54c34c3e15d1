import Foundation

/// Runs the built `pamphlet` binary: `$PAMPHLET_BIN`, else `.build/debug/pamphlet`
/// in the package (which `make test` builds first).
struct PamphletCLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// The reference printed after a save, if there was one.
        var reference: String? {
            stdout.split(separator: "\n").lazy.compactMap { line -> String? in
                line.hasPrefix("Request saved. Reference: ") ? String(line.dropFirst(26)) : nil
            }.first
        }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static var binary: String {
        let configured = ProcessInfo.processInfo.environment["PAMPHLET_BIN"] ?? ".build/debug/pamphlet"
        return configured.hasPrefix("/") ? configured : packageRoot + "/" + configured
    }

    /// A missing binary is a failure with the fix in the message, not a skip.
    static func requireBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw MissingBinary(path: binary)
        }
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var path: String
        var description: String { "pamphlet binary not found at \(path); run `swift build` or set PAMPHLET_BIN." }
    }

    /// The working folder and the XDG folders all live in `home`.
    let home: String

    var environment: [String: String] {
        ["HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_STATE_HOME": home + "/state",
         "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    }

    var requestsPath: String { home + "/data/pamphlet/consult-requests.json" }

    /// Starts `/bin/sh -c script` with `$0` set to the binary, for loops of saves.
    func startScript(_ script: String) throws -> (Process, Pipe, Pipe) {
        try start([], shell: nil, script: script)
    }

    /// Starts the binary; `shell` is a prefix of shell commands (e.g. `umask 000`) run before it.
    func start(_ arguments: [String], shell: String? = nil, stdin: String? = nil,
               script: String? = nil) throws -> (Process, Pipe, Pipe) {
        try Self.requireBinary()
        let process = Process()
        if let script {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, Self.binary]
        } else if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "\(shell); exec \"$0\" \"$@\"", Self.binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: Self.binary)
            process.arguments = arguments
        }
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: home)
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

    func run(_ arguments: [String], shell: String? = nil, stdin: String? = nil) throws -> Result {
        let (process, output, errors) = try start(arguments, shell: shell, stdin: stdin)
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    static let validRequest = ["consult", "--name", "Zoë 山田", "--phone", "+1 555 123 4567", "--consent"]
}

/// A fresh home folder per test, removed afterwards.
struct TemporaryHome: ~Copyable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/pamphlet-e2e-" + UUID().uuidString.lowercased()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    var cli: PamphletCLI { PamphletCLI(home: path) }

    deinit {
        _ = try? FileManager.default.removeItem(atPath: path)
    }
}

func mode(_ path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { return -1 }
    return Int(info.st_mode & 0o777)
}
