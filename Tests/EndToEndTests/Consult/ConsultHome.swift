import Foundation

/// The consult tests give the binary a home of its own: the working folder and
/// every XDG folder are in the temporary folder and nothing else is inherited.
extension TemporaryFolder {
    var pamphlet: PamphletProcess {
        PamphletProcess(environment: ["HOME": path, "XDG_DATA_HOME": path + "/data", "XDG_STATE_HOME": path + "/state",
                                      "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"],
                        directory: path)
    }

    var requestsPath: String { path + "/data/pamphlet/consult-requests.json" }
}

extension PamphletProcess.Result {
    /// The reference printed after a save, if there was one.
    var reference: String? {
        stdout.split(separator: "\n").lazy.compactMap { line -> String? in
            line.hasPrefix("Request saved. Reference: ") ? String(line.dropFirst(26)) : nil
        }.first
    }
}

enum ConsultArguments {
    /// A request the binary accepts and saves.
    static let valid = ["consult", "--name", "Zoë 山田", "--phone", "+1 555 123 4567", "--consent"]
}
