import Foundation
import Testing
@testable import PamphletCore

private func request(_ name: String = "Zoë 山田") throws -> ConsultRequest {
    try ConsultForm(name: name, contactMethod: .email, email: "zoe@example.org", consent: true).makeRequest()
}

private func lines(_ path: String) -> [String] {
    (contents(path) ?? "").split(separator: "\n").map(String.init)
}

/// The journal (issue 10, items 7 and 8): a save appends one line and leaves every byte
/// already written alone; a cut-short line is set aside; a version 1 file is converted once.
@Suite struct ConsultJournalTests {
    @Test func aSaveOnlyAppendsWhatIsAlreadyThereStaysByteForByte() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        for index in 0..<3 { _ = try store.save(try request("Patient \(index)")) }
        let before = try #require(FileManager.default.contents(atPath: store.path))
        _ = try store.save(try request("Last"))
        let after = try #require(FileManager.default.contents(atPath: store.path))
        #expect(after.starts(with: before))
        #expect(after.count > before.count)
        #expect(try store.load().requests.map(\.name) == ["Patient 0", "Patient 1", "Patient 2", "Last"])
    }

    @Test func everyLineIsOneJSONObjectThatJQCanRead() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        var form = ConsultForm(name: "Ann", contactMethod: .email, email: "a@example.org", consent: true)
        form.message = "first line\nsecond line"
        _ = try store.save(try form.makeRequest())
        let written = lines(store.path)
        #expect(written.count == 2)
        for line in written { #expect(throws: Never.self) { try JSONParser.parse(Array(line.utf8)) } }
        #expect(try store.load().requests.first?.message == "first line\nsecond line")
    }

    @Test func aLastLineCutShortIsSetAsideAndTheNextSaveStartsOnANewLine() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let first = try request("Ann")
        _ = try store.save(first)
        // A save killed half way through its write.
        let handle = try #require(FileHandle(forWritingAtPath: store.path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"event":"request","request":{"name":"Half"#.utf8))
        try handle.close()
        #expect(try store.load().requests == [first])

        let report = try store.save(try request("Ben"))
        let setAside = try #require(report.tornLineSetAside)
        #expect(setAside.hasPrefix(store.path + ".torn-"))
        #expect(contents(setAside) == #"{"event":"request","request":{"name":"Half"#)
        #expect(try store.load().requests.map(\.name) == ["Ann", "Ben"])
        #expect(lines(store.path).count == 3)
    }

    @Test func aVersion1FileIsConvertedOnceAndTheOriginalKept() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let old = try request("Ann")
        let original = Data(ConsultRequestsDocument.encoded(requests: [try JSONParser.parse(JSONCoding.encode(old))]))
        try original.write(to: URL(fileURLWithPath: store.path))
        #expect(try store.load().requests == [old])
        #expect(try store.load().version == 1)

        let report = try store.save(try request("Ben"))
        let conversion = try #require(report.conversion)
        #expect(conversion.originalKeptAt == store.path + ".version-1")
        #expect(FileManager.default.contents(atPath: conversion.originalKeptAt) == original)
        #expect(conversion.unreadableSetAsideAt == nil)
        let stored = try store.load()
        #expect(stored.version == 2)
        #expect(stored.requests.map(\.name) == ["Ann", "Ben"])
        #expect(try store.save(try request("Cy")).conversion == nil)
    }

    /// Item 8: numbers and fields other tools wrote are kept as their text.
    @Test func unknownFieldsAndExactNumbersSurviveConversionAndSaves() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        var entry = try JSONParser.parse(JSONCoding.encode(try request("Ann")))
        entry.set("staff_id", to: .number("12345678901234567890"))
        entry.set("score", to: .number("1.0"))
        entry.set("huge", to: .number("1e400"))
        try Data(ConsultRequestsDocument.encoded(requests: [entry])).write(to: URL(fileURLWithPath: store.path))
        _ = try store.save(try request("Ben"))
        let line = lines(store.path)[1]
        #expect(line.contains(#""staff_id":12345678901234567890"#))
        #expect(line.contains(#""score":1.0"#))
        #expect(line.contains(#""huge":1e400"#))
        let stored = try store.load()
        #expect(stored.entries[0]["staff_id"] == .number("12345678901234567890"))
        #expect(stored.requests.map(\.name) == ["Ann", "Ben"])
        #expect(String(decoding: stored.entriesJSON(), as: UTF8.self).contains(#""staff_id": 12345678901234567890"#))
    }

    /// Item 8: one entry 600 deep made the whole file "not valid JSON" and the next save moved it aside.
    @Test func aBadEntryIsSetAsideAloneNeverTheFile() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let good = try request("Ann")
        let goodText = String(decoding: JSONCoding.encode(good), as: UTF8.self)
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let duplicate = #"{"name": "Dup One", "name": "Dup Two"}"#
        let text = #"{"format": "pamphlet-consult-requests", "version": 1, "requests": ["#
            + goodText + ", {\"nested\": " + deep + "}, " + duplicate + "]}"
        try text.write(toFile: store.path, atomically: false, encoding: .utf8)
        let before = try store.load()
        #expect(before.requests == [good])
        #expect(before.unreadableEntries == [2, 3])

        let report = try store.save(try request("Ben"))
        #expect(report.quarantine == nil)
        let setAside = try #require(report.conversion?.unreadableSetAsideAt)
        let kept = try #require(contents(setAside))
        #expect(kept.contains(deep) && kept.contains(duplicate))
        #expect(try store.load().requests.map(\.name) == ["Ann", "Ben"])
        #expect(contents(store.path + ".version-1") == text)

        // In the journal, a line that cannot be read is skipped and named; the rest still reads.
        try (String(repeating: "[", count: 600) + "\n").appendLine(to: store.path)
        _ = try store.save(try request("Cy"))
        let after = try store.load()
        #expect(after.requests.map(\.name) == ["Ann", "Ben", "Cy"])
        #expect(after.unreadableEntries == [4])
        #expect(after.unreadableWhere == "line 4")
    }

    @Test func statusChangesAreEventsAndTheLatestWins() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let saved = try store.save(try request("Ann"))
        let when = Date(timeIntervalSince1970: 1_764_059_520)
        try store.record(StatusChange(id: saved.id, status: "contacted", at: when, by: "kim", note: "left a message"))
        try store.record(StatusChange(id: saved.id, status: "closed", at: when + 60, by: "kim", note: nil))
        let stored = try store.load()
        #expect(stored.requests.map(\.status) == ["closed"])
        #expect(stored.entries[0]["status"] == .string("closed"))
        #expect(stored.history[saved.id]?.map(\.note) == ["left a message", nil])
        #expect(lines(store.path)[2] == #"{"event":"status","id":"\#(saved.id.uuidString.lowercased())","status":"contacted","at":"2025-11-25T08:32:00Z","by":"kim","note":"left a message"}"#)
        // Events of a later version (delivery records) are kept and skipped.
        try #"{"event":"delivery","id":"x","state":"sent"}"#.appendLine(to: store.path)
        #expect(try store.load().requests.map(\.status) == ["closed"])
        #expect(try store.load().unreadableEntries == [])
    }

    /// Item 10: the 8-character reference has 32 bits; a save draws again when it is taken.
    @Test func thePrintedReferenceIsUniqueAmongStoredRequests() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let first = try store.save(try request("Ann"))
        var clash = try request("Ben")
        clash.id = try #require(UUID(uuidString: first.reference + "-0000-4000-8000-000000000000"))
        #expect(clash.reference == first.reference)
        let second = try store.save(clash)
        #expect(second.reference != first.reference)
        #expect(try store.load().requests.map(\.reference) == [first.reference, second.reference])
        // Also when the index of references is gone or stale (rebuilt from the journal).
        unlink(store.path + ".references")
        var again = try request("Cy")
        again.id = clash.id
        #expect(try store.save(again).reference != first.reference)
        try "{}\n".appendLine(to: store.path)
        again.id = clash.id
        #expect(try store.save(again).reference != first.reference)
    }
}

/// Items 3, 4 and 5: a stuck writer, special files and shared folders.
@Suite struct ConsultStoreSafetyTests {
    @Test func aHeldLockFailsWithinTheBoundAndNamesTheHolder() throws {
        let folder = try TemporaryFolder()
        var store = ConsultStore(path: folder.file("r.json"))
        store.lockWait = .milliseconds(300)
        _ = try store.save(try request())
        let holder = open(store.lockPath, O_RDWR)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX) == 0)
        let start = Date()
        do {
            _ = try store.save(try request())
            Issue.record("saved while the lock was held")
        } catch let error as ConsultStoreError {
            #expect(error.description.contains("process \(getpid()) has held it for more than 0.3 seconds"))
            #expect(error.description.hasPrefix("Could not lock \(store.lockPath): "))
        }
        #expect(Date().timeIntervalSince(start) < 5)
        flock(holder, LOCK_UN)
        #expect(throws: Never.self) { try store.save(try request()) }
    }

    @Test func aFIFOAtTheRequestsPathIsRefusedWithoutHanging() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        #expect(mkfifo(store.path, 0o600) == 0)
        let refusal = "it is not a regular file (a FIFO, socket or device is there instead)"
        #expect(throws: ConsultStoreError.fileSystem(.refused(.write, path: store.path, refusal))) { try store.save(try request()) }
        #expect(throws: ConsultStoreError.fileSystem(.refused(.read, path: store.path, refusal))) { try store.load() }
        unlink(store.path)
        unlink(store.lockPath)
        #expect(mkfifo(store.lockPath, 0o600) == 0)
        #expect(throws: ConsultStoreError.fileSystem(.refused(.lock, path: store.lockPath, refusal))) { try store.save(try request()) }
    }

    @Test func aFolderNamedLikeATempFileIsNotALeftover() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        try FileManager.default.createDirectory(atPath: folder.file(".r.json.tmp-x"), withIntermediateDirectories: false)
        let foreign = folder.file(".r.json.tmp-y")
        try "someone else's".write(toFile: foreign, atomically: false, encoding: .utf8)
        chown(foreign, 65534, 65534)
        #expect(try store.save(try request()).leftoversRemoved == 0)
        #expect(FileManager.default.fileExists(atPath: foreign))
    }

    @Test func aFolderOthersCanWriteIsRefusedSayingSo() throws {
        let folder = try TemporaryFolder()
        let shared = folder.file("shared")
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        chmod(shared, 0o1777)
        let store = ConsultStore(path: shared + "/r.json")
        do {
            _ = try store.save(try request())
            Issue.record("saved into a folder anyone can write")
        } catch let error as ConsultStoreError {
            #expect(error.description == "Could not use the folder \(shared): this requests folder can be written by "
                + "other users (mode 1777), who could change or forge what is in it; make it private with: chmod 700 \(shared).")
        }
        #expect(folder.names(in: shared) == [])
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to hand a folder or file to another user"))
    func anotherUsersFolderOrFileIsRefused() throws {
        let folder = try TemporaryFolder()
        let theirs = folder.file("theirs")
        try FileManager.default.createDirectory(atPath: theirs, withIntermediateDirectories: false)
        chown(theirs, 65534, 65534)
        #expect(throws: ConsultStoreError.self) { try ConsultStore(path: theirs + "/r.json").save(try request()) }
        let store = ConsultStore(path: folder.file("r.json"))
        _ = try store.save(try request())
        chown(store.path, 65534, 65534)
        #expect(throws: ConsultStoreError.fileSystem(.refused(.read, path: store.path,
            "it belongs to another user (uid 65534); Pamphlet only reads data files of your own"))) { try store.load() }
    }

    /// A lock-file symlink once made root create a file in /etc.
    @Test func aSymbolicLinkAtTheLockPathIsNotFollowed() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let target = folder.file("elsewhere")
        #expect(symlink(target, store.lockPath) == 0)
        #expect(throws: ConsultStoreError.fileSystem(FileSystemError(.lock, path: store.lockPath, code: ELOOP))) {
            try store.save(try request())
        }
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}

extension String {
    /// Appends the text as another tool would, bypassing the store.
    func appendLine(to path: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(utf8))
        try handle.close()
    }
}
