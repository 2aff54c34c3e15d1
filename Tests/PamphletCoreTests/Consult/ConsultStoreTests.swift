import Foundation
import Testing
@testable import PamphletCore

private func sampleRequest(_ name: String = "Zoë 山田") throws -> ConsultRequest {
    try ConsultForm(name: name, contactMethod: .email, email: "zoe@example.org", consent: true).makeRequest()
}

@Suite struct ConsultStoreTests {
    @Test func savedRequestsReadBackInOrder() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("data/pamphlet/consult-requests.json"))
        let first = try sampleRequest("Ann")
        let second = try sampleRequest("Zoë 山田")
        #expect(try store.save(first).reference == first.reference)
        _ = try store.save(second)
        let stored = try store.load()
        #expect(stored.requests == [first, second])
        #expect(stored.unreadableEntries == [])
    }

    @Test func fileIsAJournalOfAHeaderThenOneLinePerRequest() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let request = try sampleRequest()
        _ = try store.save(request)
        let lines = try #require(contents(store.path)).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines[0] == #"{"format":"pamphlet-consult-requests","version":2}"#)
        #expect(lines[1].hasPrefix(#"{"event":"request","request":{"article":null,"best_time":null,"consent":true,"#))
        #expect(lines[1].contains(#""id":"\#(request.idString)""#))
    }

    @Test func fileIs0600AndNewFoldersAre0700() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("a/b/consult-requests.json"))
        _ = try store.save(try sampleRequest())
        #expect(permissions(store.path) == 0o600)
        #expect(permissions(store.lockPath) == 0o600)
        #expect(permissions(store.path + ".references") == 0o600)
        #expect(permissions(folder.file("a/b")) == 0o700)
        #expect(permissions(folder.file("a")) == 0o700)
    }

    @Test func ownFolderIsNarrowedButAChosenFolderIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        for name in ["own", "chosen"] {
            try FileManager.default.createDirectory(atPath: folder.file(name), withIntermediateDirectories: false)
            chmod(folder.file(name), 0o755)
        }
        _ = try ConsultStore(path: folder.file("own/r.json"), ownsDirectory: true).save(try sampleRequest())
        _ = try ConsultStore(path: folder.file("chosen/r.json")).save(try sampleRequest())
        #expect(permissions(folder.file("own")) == 0o700)
        #expect(permissions(folder.file("chosen")) == 0o755)
        #expect(permissions(folder.file("chosen/r.json")) == 0o600)
    }

    @Test func unreadableFileIsMovedAsideAndANewOneStarted() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("consult-requests.json"))
        let damaged = "{\"format\": \"pamphlet-consult-requests\", \"version\": 1, \"requests\": [ {\"id\": "
        try damaged.write(toFile: store.path, atomically: false, encoding: .utf8)
        let request = try sampleRequest()
        let report = try store.save(request)
        let quarantine = try #require(report.quarantine)
        #expect(quarantine.reason.hasPrefix("it is not valid JSON (the text ends"))
        #expect(quarantine.movedTo.hasPrefix(store.path + ".corrupt-"))
        #expect(contents(quarantine.movedTo) == damaged)
        #expect(try store.load().requests == [request])
        #expect(quarantine.description.contains("was moved to \(quarantine.movedTo)"))
    }

    @Test(arguments: [
        ("[]", "it does not say \"format\": \"pamphlet-consult-requests\""),
        (#"{"format": "pamphlet-consult-requests", "requests": []}"#, "it has no whole-number \"version\""),
        (#"{"format": "pamphlet-consult-requests", "version": 1, "requests": {}}"#, "it has no \"requests\" list"),
        ("{", "it is not valid JSON (expected a key in quotes at byte 2)"),
    ])
    func documentsThatAreNotRequestFilesAreQuarantined(_ text: String, _ reason: String) throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        try text.write(toFile: store.path, atomically: false, encoding: .utf8)
        #expect(try store.save(try sampleRequest()).quarantine?.reason == reason)
        #expect(throws: Never.self) { try store.load() }
    }

    @Test func secondQuarantineInTheSameSecondDoesNotOverwriteTheFirst() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        try "first".write(toFile: store.path, atomically: false, encoding: .utf8)
        let firstMove = try #require(try store.save(try sampleRequest()).quarantine?.movedTo)
        try "second".write(toFile: store.path, atomically: false, encoding: .utf8)
        let secondMove = try #require(try store.save(try sampleRequest()).quarantine?.movedTo)
        #expect(firstMove != secondMove)
        #expect(contents(firstMove) == "first")
        #expect(contents(secondMove) == "second")
    }

    @Test func fileFromANewerVersionIsNeitherRewrittenNorMoved() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        for newer in [#"{"format": "pamphlet-consult-requests", "version": 3, "requests": []}"#,
                      #"{"format":"pamphlet-consult-requests","version":3}"# + "\n" + #"{"event":"request"}"# + "\n"] {
            try newer.write(toFile: store.path, atomically: false, encoding: .utf8)
            #expect(throws: ConsultStoreError.newerVersion(path: store.path, version: 3)) { try store.save(try sampleRequest()) }
            #expect(throws: ConsultStoreError.newerVersion(path: store.path, version: 3)) { try store.load() }
            #expect(contents(store.path) == newer)
            #expect(folder.names() == ["r.json", "r.json.lock"])
        }
    }

    @Test func fieldsAddedByOtherToolsSurviveASave() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let first = try sampleRequest("Ann")
        // A clinic script marked a request of a version 1 file as contacted and added a note.
        var entry = try JSONParser.parse(JSONCoding.encode(first))
        entry.set("status", to: .string("contacted"))
        entry.set("staff_note", to: .string("called back Tuesday"))
        try Data(ConsultRequestsDocument.encoded(requests: [entry])).write(to: URL(fileURLWithPath: store.path))

        _ = try store.save(try sampleRequest("Ben"))
        let stored = try store.load()
        #expect(stored.entries[0]["staff_note"] == .string("called back Tuesday"))
        #expect(stored.requests.map(\.status) == ["contacted", "new"])
    }

    @Test func entriesThatAreNotRequestsAreKeptAndCounted() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        try #"{"format": "pamphlet-consult-requests", "version": 1, "requests": [{"note": "not a request"}]}"#
            .write(toFile: store.path, atomically: false, encoding: .utf8)
        let request = try sampleRequest()
        _ = try store.save(request)
        let stored = try store.load()
        #expect(stored.requests == [request])
        #expect(stored.unreadableEntries == [2])  // line 2 of the converted journal
        #expect(stored.entries.count == 2)
    }

    @Test func leftoverTempFilesFromACrashedSaveAreRemoved() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("consult-requests.json"))
        _ = try store.save(try sampleRequest())
        let leftover = folder.file(".consult-requests.json.tmp-deadbeef")
        try "half a request".write(toFile: leftover, atomically: false, encoding: .utf8)
        #expect(try store.removeLeftovers() == 1)
        #expect(folder.names() == ["consult-requests.json", "consult-requests.json.lock", "consult-requests.json.references"])

        try "half a request".write(toFile: leftover, atomically: false, encoding: .utf8)
        #expect(try store.save(try sampleRequest()).leftoversRemoved == 1)
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    @Test func removingLeftoversBeforeTheFirstSaveCreatesNothing() throws {
        let folder = try TemporaryFolder()
        #expect(try ConsultStore(path: folder.file("later/r.json")).removeLeftovers() == 0)
        #expect(folder.names() == [])
    }

    /// Runs as root too: a parent that is a regular file fails for everyone.
    @Test func failureNamesThePathInPlainWordsAndLeavesNoFile() throws {
        let folder = try TemporaryFolder()
        try "not a folder".write(toFile: folder.file("blocker"), atomically: false, encoding: .utf8)
        let store = ConsultStore(path: folder.file("blocker/consult-requests.json"))
        #expect(throws: ConsultStoreError.fileSystem(FileSystemError(.createFolder, path: folder.file("blocker"), code: ENOTDIR))) {
            try store.save(try sampleRequest())
        }
        let message = ConsultStoreError.fileSystem(FileSystemError(.createFolder, path: folder.file("blocker"), code: ENOTDIR)).description
        #expect(message == "Could not create the folder \(folder.file("blocker")): part of the path is a file, not a folder.")
        #expect(contents(folder.file("blocker")) == "not a folder")
    }

    @Test func aTargetThatIsAFolderIsReportedAndNothingIsLeftBehind() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("r.json"), withIntermediateDirectories: false)
        let store = ConsultStore(path: folder.file("r.json"))
        #expect(throws: ConsultStoreError.fileSystem(FileSystemError(.write, path: store.path, code: EISDIR))) {
            try store.save(try sampleRequest())
        }
        #expect(folder.names() == ["r.json", "r.json.lock"])
    }

    @Test(arguments: [(ENOSPC, "the disk is full"), (EACCES, "permission denied"),
                      (EROFS, "the folder is on a read-only disk"), (EFBIG, "the file would be larger than this system allows")])
    func systemErrorsReadAsPlainWords(_ code: Int32, _ words: String) {
        #expect(FileSystemError(.write, path: "/clinic/r.json", code: code).description == "Could not write /clinic/r.json: \(words).")
    }

    @Test func pathResolutionPrefersOptionThenVariableThenXDG() throws {
        let environment = ["HOME": "/home/ann", "XDG_DATA_HOME": "/data", "PAMPHLET_REQUESTS": "/var/r.json"]
        #expect(try ConsultStore.resolve(option: "/opt/o.json", environment: environment).path == "/opt/o.json")
        #expect(try ConsultStore.resolve(option: nil, environment: environment).path == "/var/r.json")
        let xdg = try ConsultStore.resolve(option: nil, environment: ["HOME": "/home/ann", "XDG_DATA_HOME": "/data"])
        #expect(xdg.path == "/data/pamphlet/consult-requests.json" && xdg.ownsDirectory)
        #expect(try ConsultStore.resolve(option: nil, environment: ["HOME": "/home/ann", "XDG_DATA_HOME": "relative"]).path
                == "/home/ann/.local/share/pamphlet/consult-requests.json")
        #expect(throws: UserDirectoriesError(variable: "XDG_DATA_HOME")) { try ConsultStore.resolve(option: nil, environment: [:]) }
    }
}
