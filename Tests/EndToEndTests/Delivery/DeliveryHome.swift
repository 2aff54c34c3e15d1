import Foundation
import PamphletCore

/// A home with two libraries: `lib` sends to the test server, `offline` has no intake_url.
extension TemporaryFolder {
    func library(intake url: String?, ca: String? = nil) throws -> String {
        let directory = path + "/lib"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var yaml = "clinic: {name: Riverside Clinic, phone: \"+1 555 0100\"}\n"
        if let url { yaml += "intake_url: \(url)\n" }
        if let ca { yaml += "intake_ca: \(ca)\n" }
        try yaml.write(toFile: directory + "/pamphlet.yml", atomically: true, encoding: .utf8)
        return directory
    }

    /// Saves `count` requests with no intake_url (nothing is sent yet); their ids.
    func saveOffline(_ count: Int) throws -> [String] {
        let offline = path + "/offline"
        try FileManager.default.createDirectory(atPath: offline, withIntermediateDirectories: true)
        var script = ""
        for index in 0..<count {
            script += "\"$0\" consult --library \(offline) --name 'Patient \(index)' --phone '+1 555 01\(index % 100)' "
                + "--message 'Line one\nline two' --consent >/dev/null || exit 1\n"
        }
        let (process, _, errors) = try pamphlet.startScript(script)
        process.waitUntilExit()
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        return try ConsultStore(path: requestsPath).load().requests.map(\.idString)
    }

    func send(_ library: String, _ extra: [String] = []) throws -> PamphletProcess.Result {
        try pamphlet.run(["requests", "send", "--library", library] + extra)
    }

    func stored() throws -> StoredRequests { try ConsultStore(path: requestsPath).load() }
}
