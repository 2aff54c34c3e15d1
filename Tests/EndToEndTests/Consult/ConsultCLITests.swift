import Foundation
import PamphletCore
import Testing

@Suite struct ConsultCLITests {
    @Test func aValidRequestIsSavedAndItsReferencePrinted() throws {
        let home = try TemporaryFolder()
        let result = try home.pamphlet.run(ConsultArguments.valid + ["--time", "mornings", "--message", "Hello\nthere"])
        #expect(result.status == 0)
        let reference = try #require(result.reference)
        #expect(result.stdout.contains("What happens next: your request is saved on this computer only; it is not sent anywhere. Clinic staff collect requests from this computer and will contact you by phone."))
        #expect(result.stdout.contains("This is not for emergencies."))
        #expect(result.stderr == "")
        let stored = try ConsultStore(path: home.requestsPath).load()
        #expect(stored.requests.map(\.reference) == [reference])
        #expect(stored.requests.first?.message == "Hello\nthere")
    }

    @Test func invalidInputNamesEachFieldButNoValueAndSavesNothing() throws {
        let home = try TemporaryFolder()
        let result = try home.pamphlet.run(["consult", "--name", "\u{301}", "--phone", "12-SECRET", "--email", "secret@", "--contact", "email"])
        #expect(result.status == 65)
        #expect(result.stderr == """
            pamphlet: Full name (--name): A name needs at least one letter.
            pamphlet: Phone (--phone): Use the digits 0-9, with + ( ) - . or spaces if you like.
            pamphlet: Email (--email): Enter an email address like name@example.org.
            pamphlet: Consent (--consent): Please agree that the clinic may contact you about this request.
            pamphlet: Nothing was saved.

            """)
        #expect(result.stdout == "")
        #expect(!FileManager.default.fileExists(atPath: home.path + "/data"))
    }

    @Test func jsonOnStandardInputIsAccepted() throws {
        let home = try TemporaryFolder()
        let result = try home.pamphlet.run(["consult", "--json", "-"], stdin: #"{"name": "Ann", "email": "ann@example.org", "contact_method": "email", "consent": true}"#)
        #expect(result.status == 0)
        #expect(try ConsultStore(path: home.requestsPath).load().requests.first?.email == "ann@example.org")
    }

    @Test func aMegabytePasteIsRejectedWithAClearMessage() throws {
        let home = try TemporaryFolder()
        let paste = #"{"name": "Ann", "message": ""# + String(repeating: "a", count: 1 << 20) + #""}"#
        let result = try home.pamphlet.run(["consult", "--json", "-"], stdin: paste)
        #expect(result.status == 65)
        #expect(result.stderr == "pamphlet: The JSON request is larger than 64 KB. Nothing was saved.\n")
        #expect(!FileManager.default.fileExists(atPath: home.requestsPath))
    }

    @Test(arguments: ["000", "022", "077"])
    func fileIs0600AndFolderIs0700WhateverTheUmask(_ umask: String) throws {
        let home = try TemporaryFolder()
        let result = try home.pamphlet.run(ConsultArguments.valid, shell: "umask \(umask)")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(mode(home.requestsPath) == 0o600)
        #expect(mode(home.requestsPath + ".lock") == 0o600)
        #expect(mode(home.path + "/data/pamphlet") == 0o700)
        #expect(mode(home.path + "/data") == 0o700)

        let export = home.path + "/export.csv"
        let exported = try home.pamphlet.run(["requests", "export", "--format", "csv", "--output", export], shell: "umask \(umask)")
        #expect(exported.status == 0)
        #expect(mode(export) == 0o600)
    }

    @Test func exportWritesQuotedDefusedCSV() throws {
        let home = try TemporaryFolder()
        _ = try home.pamphlet.run(["consult", "--name", "=cmd()", "--phone", "+1 555 123 4567", "--topic", "Sleep, mostly", "--consent"])
        let result = try home.pamphlet.run(["requests", "export", "--format", "csv"])
        #expect(result.status == 0)
        let row = try #require(result.stdout.split(separator: "\r\n").dropFirst().first)
        #expect(row.contains(",'=cmd(),phone,'+1 555 123 4567,,,\"Sleep, mostly\",,yes"))
    }

    @Test func excelExportStartsWithAByteOrderMarkAndOnlyThen() throws {
        let home = try TemporaryFolder()
        _ = try home.pamphlet.run(["consult", "--name", "Zoë 山田", "--phone", "+1 555 123 4567", "--consent"])
        let excel = home.path + "/excel.csv", plain = home.path + "/plain.csv"
        #expect(try home.pamphlet.run(["requests", "export", "--excel", "--output", excel]).status == 0)
        #expect(try home.pamphlet.run(["requests", "export", "--output", plain]).status == 0)
        let withMark = try Data(contentsOf: URL(fileURLWithPath: excel))
        let without = try Data(contentsOf: URL(fileURLWithPath: plain))
        #expect(Array(withMark.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(withMark.dropFirst(3) == without)
        #expect(String(decoding: without, as: UTF8.self).contains("Zoë 山田"))

        let json = try home.pamphlet.run(["requests", "export", "--format", "json", "--excel"])
        #expect(json.status != 0)
        #expect(json.stderr.contains("--excel applies to --format csv only."))
    }

    /// `--requests` names the file for every command that takes it, wherever it is
    /// written: the reader takes it too, and must not swallow the staff commands' value.
    @Test func requestsOptionNamesTheFileForEveryCommand() throws {
        let home = try TemporaryFolder()
        let chosen = home.path + "/chosen.json"
        let saved = try home.pamphlet.run(ConsultArguments.valid + ["--requests", chosen])
        #expect(saved.status == 0)
        #expect(try ConsultStore(path: chosen).load().requests.count == 1)
        #expect(!FileManager.default.fileExists(atPath: home.requestsPath))
        let reference = try #require(saved.reference)
        for arguments in [["requests", "list", "--requests", chosen], ["--requests", chosen, "requests", "list"],
                          ["requests", "export", "--requests", chosen]] {
            let listed = try home.pamphlet.run(arguments)
            #expect(listed.status == 0)
            #expect(listed.stdout.contains(reference), "\(arguments)")
        }
    }

    @Test func staffCommandsAreRefusedInKioskMode() throws {
        let home = try TemporaryFolder()
        _ = try home.pamphlet.run(ConsultArguments.valid)
        let byFlag = try home.pamphlet.run(["requests", "list", "--kiosk"])
        #expect(byFlag.status == 1)
        #expect(byFlag.stderr.contains("pamphlet requests list is not available in kiosk mode"))

        let library = home.path + "/library"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: false)
        try "kiosk: true\n".write(toFile: library + "/pamphlet.yml", atomically: false, encoding: .utf8)
        let byConfig = try home.pamphlet.run(["requests", "export", "--library", library])
        #expect(byConfig.status == 1)
        #expect(byConfig.stdout == "")
        #expect(byConfig.stderr.contains("Clinic staff at their own login on this machine (not the kiosk's screen): add --staff."))
        #expect(try home.pamphlet.run(["requests", "list"]).status == 0)
    }

    /// The staff path on a kiosk machine: a login of their own (a second console or ssh
    /// as the kiosk's user), the kiosk's library and --staff. The kiosk session itself
    /// (--kiosk) is refused whatever is asked, and never reaches a shell to ask from.
    @Test func staffReadTheKiosksRequestsFromTheirOwnLogin() throws {
        let home = try TemporaryFolder()
        let library = home.path + "/library"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: false)
        try "kiosk: true\n".write(toFile: library + "/pamphlet.yml", atomically: false, encoding: .utf8)
        #expect(try home.pamphlet.run(ConsultArguments.valid + ["--library", library]).status == 0)
        let listed = try home.pamphlet.run(["requests", "list", "--library", library, "--staff"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("Zoë 山田"))
        let exported = try home.pamphlet.run(["requests", "export", "--library", library, "--staff", "--format", "json"])
        #expect(exported.status == 0)
        #expect(exported.stdout.contains("Zoë 山田"))
        let session = try home.pamphlet.run(["--kiosk", "requests", "list", "--library", library, "--staff"])
        #expect(session.status == 1)
    }

    @Test func corruptFileIsQuarantinedAndTheUserTold() throws {
        let home = try TemporaryFolder()
        _ = try home.pamphlet.run(ConsultArguments.valid)
        let path = home.requestsPath
        try "{ not json".write(toFile: path, atomically: false, encoding: .utf8)
        let result = try home.pamphlet.run(ConsultArguments.valid)
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(path) could not be read (it is not valid JSON (expected a key in quotes at byte 3)), so it was moved to \(path).corrupt-"))
        let moved = try FileManager.default.contentsOfDirectory(atPath: home.path + "/data/pamphlet").filter { $0.contains(".corrupt-") }
        #expect(moved.count == 1)
        #expect(try ConsultStore(path: path).load().requests.map(\.reference) == [result.reference])
    }

    @Test func leftoverTempFilesAreCleanedUpOnTheNextSave() throws {
        let home = try TemporaryFolder()
        _ = try home.pamphlet.run(ConsultArguments.valid)
        let leftover = home.path + "/data/pamphlet/.consult-requests.json.tmp-0123abcd"
        try "partial".write(toFile: leftover, atomically: false, encoding: .utf8)
        #expect(try home.pamphlet.run(ConsultArguments.valid).status == 0)
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }
}
