import Foundation
import Testing
@testable import PamphletCore

private func request(_ name: String) throws -> ConsultRequest {
    try ConsultForm(name: name, contactMethod: .email, email: "someone@example.org", consent: true).makeRequest()
}

/// Issue 12's staff workflow on the journal: finding a request by what staff type,
/// purging closed ones, urgent requests.
@Suite struct StaffWorkflowTests {
    @Test func aRequestIsFoundByItsReferenceOrAnyUniqueStartOfItsId() throws {
        var ann = try request("Ann"), ben = try request("Ben"), cy = try request("Cy")
        ann.id = try #require(UUID(uuidString: "4174f099-14c3-4ee1-bd10-18215ffe5c71"))
        ben.id = try #require(UUID(uuidString: "4174f0aa-0000-4000-8000-000000000000"))
        cy.id = try #require(UUID(uuidString: "c54d6e85-5349-44f3-ad44-3e6f42a43c0e"))
        let stored = StoredRequests(requests: [ann, ben, cy])
        #expect(stored.lookup("4174f099") == .found(ann))
        #expect(stored.lookup("4174F099-14C3") == .found(ann))
        #expect(stored.lookup("c5") == .found(cy))
        #expect(stored.lookup("4174f0") == .ambiguous([ann, ben]))
        #expect(stored.lookup("4174f098") == .unknown(nearest: [ann, ben]))
        #expect(stored.lookup("zzzzzzzz") == .unknown(nearest: []))
        #expect(stored.lookup("") == .unknown(nearest: []))
    }

    @Test func purgeRemovesOnlyClosedRequestsClosedBeforeTheDateAndKeepsEveryOtherLine() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let old = try store.save(try request("Old, closed"))
        let recent = try store.save(try request("Recently closed"))
        let open = try store.save(try request("Still open"))
        let january = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
        try store.record(StatusChange(id: old.id, status: "contacted", at: january - 86_400 * 20, by: "kim", note: nil))
        try store.record(StatusChange(id: old.id, status: "closed", at: january - 86_400 * 10, by: "kim", note: "done"))
        try store.record(StatusChange(id: recent.id, status: "closed", at: january + 86_400, by: "kim", note: nil))
        try #"{"event":"delivery","id":"\#(open.id.uuidString.lowercased())","state":"pending"}"#.appending("\n").appendLine(to: store.path)

        let before = try #require(contents(store.path))
        let purged = try store.purgeClosed(before: january)
        #expect(purged.map(\.name) == ["Old, closed"])
        let after = try #require(contents(store.path))
        let removed = before.split(separator: "\n").filter { !after.split(separator: "\n").contains($0) }
        #expect(removed.count == 3)  // the request and its two status changes
        #expect(removed.allSatisfy { $0.contains(old.id.uuidString.lowercased()) })
        #expect(after.contains(#""event":"delivery""#))
        let stored = try store.load()
        #expect(stored.requests.map(\.name) == ["Recently closed", "Still open"])
        #expect(stored.history[old.id] == nil)
        #expect(try store.purgeClosed(before: january).isEmpty)
        // The references index was rebuilt: the next save still draws a unique reference.
        #expect(try store.save(try request("After")).reference != recent.reference)
    }

    @Test func aRequestStoredWithUrgentTrueIsUrgent() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let calm = try request("Calm")
        var entry = try JSONParser.parse(JSONCoding.encode(try request("Urgent")))
        entry.set("urgent", to: .bool(true))
        try Data(ConsultRequestsDocument.encoded(requests: [try JSONParser.parse(JSONCoding.encode(calm)), entry]))
            .write(to: URL(fileURLWithPath: store.path))
        let stored = try store.load()
        #expect(stored.requests.filter(stored.isUrgent).map(\.name) == ["Urgent"])
        #expect(String(decoding: stored.entriesJSON(for: [stored.requests[1]]), as: UTF8.self).contains(#""urgent": true"#))
    }
}

/// The timestamps the journal holds, read and written without Foundation's slow formatter,
/// must agree with it everywhere.
@Suite struct UTCTimestampTests {
    @Test func agreesWithFoundationAcrossTwoCenturies() throws {
        var generator = SystemRandomNumberGenerator()
        let samples = [0, 951_782_400, 1_709_164_800, 4_107_542_399, -1] + (0..<2_000).map { _ in
            Int.random(in: 0...4_102_444_800, using: &generator)
        }
        for seconds in samples where seconds >= 0 {
            let date = Date(timeIntervalSince1970: Double(seconds))
            let expected = date.formatted(.iso8601)
            #expect(UTCTimestamp.format(date) == expected)
            #expect(UTCTimestamp.parse(expected) == date)
        }
    }

    @Test(arguments: ["2026-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z",
                      "2026-01-01 00:00:00Z", "2026-01-01T00:00:00+01:00", "2026-01-01T00:00:00.5Z"])
    func anyOtherShapeIsLeftToFoundation(_ text: String) {
        #expect(UTCTimestamp.parse(text) == nil)
    }

    @Test func fractionalSecondsStillReadThroughTheFallback() throws {
        #expect(ConsultRequest.parseTimestamp("2024-02-29T08:32:00.250Z")?.timeIntervalSince1970 == 1_709_195_520.25)
        #expect(ConsultRequest.parseTimestamp("2024-02-29T08:32:00Z")?.timeIntervalSince1970 == 1_709_195_520)
    }
}
