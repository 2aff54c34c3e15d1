import Foundation
import PamphletCore
import Testing

/// A save that cannot finish must say why in plain words, name the path,
/// leave the previous file exactly as it was, and exit non-zero.
@Suite struct ConsultFailureTests {
    /// Root ignores permission bits, so this only runs for other users; the
    /// two tests below inject failures that stop root too.
    @Test(.enabled(if: geteuid() != 0, "runs as root, which writes into a 0500 folder anyway"))
    func readOnlyFolderIsReportedAndThePreviousFileKept() throws {
        let home = try TemporaryHome()
        #expect(try home.cli.run(PamphletCLI.validRequest).status == 0)
        let folder = home.path + "/data/pamphlet"
        let before = try Data(contentsOf: URL(fileURLWithPath: home.cli.requestsPath))
        chmod(folder, 0o500)
        defer { chmod(folder, 0o700) }
        let result = try home.cli.run(PamphletCLI.validRequest)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Your request was not saved. Could not write \(home.cli.requestsPath): permission denied."))
        #expect(try Data(contentsOf: URL(fileURLWithPath: home.cli.requestsPath)) == before)
    }

    /// RLIMIT_FSIZE stops root as well: the write of the new file fails with
    /// EFBIG half way, after the old file was read.
    @Test func aWriteThatFailsHalfWayLeavesThePreviousFileUntouched() throws {
        let home = try TemporaryHome()
        for _ in 0..<4 { #expect(try home.cli.run(PamphletCLI.validRequest + ["--message", String(repeating: "m", count: 600)]).status == 0) }
        let before = try Data(contentsOf: URL(fileURLWithPath: home.cli.requestsPath))
        #expect(before.count > 2048)
        // `ulimit -f 2` caps files at 2 KiB; ignoring SIGXFSZ turns the signal into an EFBIG error.
        let result = try home.cli.run(PamphletCLI.validRequest, shell: "ulimit -f 2; trap '' XFSZ")
        #expect(result.status == 1)
        #expect(result.stderr == "Error: Your request was not saved. Could not write \(home.cli.requestsPath): the file would be larger than this system allows.\n")
        #expect(result.reference == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: home.cli.requestsPath)) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: home.path + "/data/pamphlet").sorted()
        #expect(names == ["consult-requests.json", "consult-requests.json.lock"])
    }

    @Test func aPathThroughARegularFileIsReported() throws {
        let home = try TemporaryHome()
        let blocker = home.path + "/blocker"
        try "a file".write(toFile: blocker, atomically: false, encoding: .utf8)
        let result = try home.cli.run(PamphletCLI.validRequest + ["--requests", blocker + "/consult-requests.json"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: Your request was not saved. Could not create the folder \(blocker): part of the path is a file, not a folder.\n")
        #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "a file")
    }

    @Test func patientDataNeverReachesStandardError() throws {
        let home = try TemporaryHome()
        let secret = "Zyxwv Qutsr"
        let failing = try home.cli.run(["consult", "--name", secret, "--phone", "99-\(secret)", "--email", "\(secret)@", "--consent"])
        let blocker = home.path + "/f"
        try "x".write(toFile: blocker, atomically: false, encoding: .utf8)
        let unsaved = try home.cli.run(["consult", "--name", secret, "--phone", "5551234567", "--consent", "--requests", blocker + "/r.json"])
        for result in [failing, unsaved] {
            #expect(result.status != 0)
            #expect(!result.stderr.contains("Zyxwv"))
            #expect(!result.stderr.contains("5551234567"))
        }
    }
}
