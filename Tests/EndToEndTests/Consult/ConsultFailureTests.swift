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
        let home = try TemporaryFolder()
        #expect(try home.pamphlet.run(ConsultArguments.valid).status == 0)
        let folder = home.path + "/data/pamphlet"
        let before = try Data(contentsOf: URL(fileURLWithPath: home.requestsPath))
        chmod(folder, 0o500)
        defer { chmod(folder, 0o700) }
        let result = try home.pamphlet.run(ConsultArguments.valid)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Your request was not saved. Could not write \(home.requestsPath): permission denied."))
        #expect(try Data(contentsOf: URL(fileURLWithPath: home.requestsPath)) == before)
    }

    /// RLIMIT_FSIZE stops root as well: the write of the new file fails with
    /// EFBIG half way, after the old file was read.
    @Test func aWriteThatFailsHalfWayLeavesThePreviousFileUntouched() throws {
        let home = try TemporaryFolder()
        for _ in 0..<4 { #expect(try home.pamphlet.run(ConsultArguments.valid + ["--message", String(repeating: "m", count: 600)]).status == 0) }
        let before = try Data(contentsOf: URL(fileURLWithPath: home.requestsPath))
        #expect(before.count > 2048)
        // `ulimit -f 2` caps files at 2 KiB; ignoring SIGXFSZ turns the signal into an EFBIG error.
        let result = try home.pamphlet.run(ConsultArguments.valid, shell: "ulimit -f 2; trap '' XFSZ")
        #expect(result.status == 1)
        #expect(result.stderr == "Error: Your request was not saved. Could not write \(home.requestsPath): the file would be larger than this system allows.\n")
        #expect(result.reference == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: home.requestsPath)) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: home.path + "/data/pamphlet").sorted()
        #expect(names == ["consult-requests.json", "consult-requests.json.lock", "consult-requests.json.references"])
    }

    @Test func aPathThroughARegularFileIsReported() throws {
        let home = try TemporaryFolder()
        let blocker = home.path + "/blocker"
        try "a file".write(toFile: blocker, atomically: false, encoding: .utf8)
        let result = try home.pamphlet.run(ConsultArguments.valid + ["--requests", blocker + "/consult-requests.json"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: Your request was not saved. Could not create the folder \(blocker): part of the path is a file, not a folder.\n")
        #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "a file")
    }

    @Test func patientDataNeverReachesStandardError() throws {
        let home = try TemporaryFolder()
        let secret = "Zyxwv Qutsr"
        let failing = try home.pamphlet.run(["consult", "--name", secret, "--phone", "99-\(secret)", "--email", "\(secret)@", "--consent"])
        let blocker = home.path + "/f"
        try "x".write(toFile: blocker, atomically: false, encoding: .utf8)
        let unsaved = try home.pamphlet.run(["consult", "--name", secret, "--phone", "5551234567", "--consent", "--requests", blocker + "/r.json"])
        for result in [failing, unsaved] {
            #expect(result.status != 0)
            #expect(!result.stderr.contains("Zyxwv"))
            #expect(!result.stderr.contains("5551234567"))
        }
    }
}
