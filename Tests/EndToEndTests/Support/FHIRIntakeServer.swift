import Foundation

/// The test FHIR intake server (fhir_intake_server.py), started on a free port on
/// 127.0.0.1 and stopped when this value goes away. `mode` changes how it answers.
final class FHIRIntakeServer {
    static let venv = PamphletProcess.packageRoot.appendingPathComponent(".build/fhir-venv").path
    static var python: String { venv + "/bin/python" }

    /// Whether fhir.resources is there (set up now if missing); nil, else why not.
    static let unavailable: String? = {
        let setup = PamphletProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Support/setup-fhir-venv.sh").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [setup, venv]
        process.standardOutput = FileHandle.nullDevice
        try? process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil
            : "fhir.resources could not be installed from PyPI (is it reachable?); the delivery tests need it"
    }()

    let folder: String
    let port: Int
    let scheme: String
    private let process: Process

    init(folder: String, tls: (cert: String, key: String)? = nil) throws {
        self.folder = folder
        try "ok".write(toFile: folder + "/server-mode", atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        var arguments = [PamphletProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Support/fhir_intake_server.py").path,
                         "--record", folder + "/server-record", "--mode-file", folder + "/server-mode",
                         "--questionnaire", PamphletProcess.packageRoot.appendingPathComponent("Articles/consult-questionnaire.json").path]
        if let tls { arguments += ["--cert", tls.cert, "--key", tls.key] }
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Its first line is the port, once it listens.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A]) {
            line += byte
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw StartFailure()
        }
        self.port = port
        scheme = tls == nil ? "http" : "https"
    }

    struct StartFailure: Error {}

    deinit {
        // SIGKILL: the test runner's children may inherit SIGTERM blocked, and a "hang" mode never ends.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    var url: String { "\(scheme)://127.0.0.1:\(port)/fhir/QuestionnaireResponse" }

    /// ok, 500, 400, hang, drop, accept-then-drop or flaky.
    func set(_ mode: String) throws {
        try mode.write(toFile: folder + "/server-mode", atomically: true, encoding: .utf8)
    }

    struct Post: Decodable {
        var identifier: String
        var id: String
        var created: Bool
    }

    /// Every valid POST it received, in order.
    func posts() -> [Post] {
        guard let text = try? String(contentsOfFile: folder + "/server-record", encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Post.self, from: Data($0.utf8)) }
    }

    /// How many times each request id was created (must be 1 each).
    func creations() -> [String: Int] {
        var counts: [String: Int] = [:]
        for post in posts() where post.created {
            counts[String(post.identifier.split(separator: ":").last ?? ""), default: 0] += 1
        }
        return counts
    }
}
