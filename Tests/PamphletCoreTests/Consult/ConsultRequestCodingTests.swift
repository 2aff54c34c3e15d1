import Foundation
import Testing
@testable import PamphletCore

@Suite struct ConsultRequestCodingTests {
    let request = ConsultRequest(
        id: UUID(uuidString: "3F2504E0-4F89-41D3-9A0C-0305E82C3301")!,
        createdAt: Date(timeIntervalSince1970: 1_764_059_520), article: "ketamine-therapy",
        name: "Zoë 山田", contactMethod: .either, phone: "+1 555 123 4567", email: nil,
        bestTime: "mornings", topic: nil, message: "Hello\nthere", consent: true)

    @Test func encodesStableSnakeCaseKeysWithNullsAndUTCTimestamp() throws {
        let json = String(decoding: JSONCoding.encode(request), as: UTF8.self)
        #expect(json == """
            {
              "article" : "ketamine-therapy",
              "best_time" : "mornings",
              "consent" : true,
              "contact_method" : "either",
              "created_at" : "2025-11-25T08:32:00Z",
              "email" : null,
              "id" : "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
              "message" : "Hello\\nthere",
              "name" : "Zoë 山田",
              "phone" : "+1 555 123 4567",
              "status" : "new",
              "topic" : null,
              "urgent" : false
            }
            """)
        #expect(request.reference == "3f2504e0")
    }

    @Test func roundTripsThroughJSON() throws {
        let decoded = try JSONDecoder().decode(ConsultRequest.self, from: JSONCoding.encode(request))
        #expect(decoded == request)
    }

    @Test func readsTimestampsWithFractionalSecondsThatOtherToolsWrite() throws {
        var object = try JSONParser.parse(JSONCoding.encode(request))
        object.set("created_at", to: .string("2025-11-25T08:32:00.250Z"))
        let decoded = try #require(ConsultRequest(entry: object))
        #expect(decoded.createdAt.timeIntervalSince1970 == 1_764_059_520.25)
    }

    /// The journal reads entries without `Decoder` (for speed); it must read what `Decodable` reads.
    @Test func anEntryReadsAsTheDecoderReadsIt() throws {
        var object = try JSONParser.parse(JSONCoding.encode(request))
        #expect(ConsultRequest(entry: object) == request)
        object.set("clinic_field", to: .number("12345678901234567890"))  // another tool's key
        object.set("urgent", to: .null)
        #expect(ConsultRequest(entry: object) == request)
        var withoutOptional = try JSONParser.parse(JSONCoding.encode(request))
        guard case .object(let members) = withoutOptional else { Issue.record("not an object"); return }
        withoutOptional = .object(members.filter { !["topic", "email", "urgent"].contains($0.key) })
        #expect(ConsultRequest(entry: withoutOptional) == request)
    }

    @Test(arguments: [
        ("name", JSONValue.number("5")), ("name", .null), ("phone", .bool(true)), ("consent", .string("yes")),
        ("contact_method", .string("fax")), ("id", .string("not-a-uuid")), ("created_at", .string("yesterday")),
        ("urgent", .string("yes")),
    ])
    func anEntryWithAWrongTypeIsUnreadable(_ key: String, _ value: JSONValue) throws {
        var object = try JSONParser.parse(JSONCoding.encode(request))
        object.set(key, to: value)
        #expect(ConsultRequest(entry: object) == nil)
        #expect((try? JSONDecoder().decode(ConsultRequest.self, from: Data(JSONWriter.compact(object)))) == nil)
    }

    @Test(arguments: ["id", "created_at", "status", "name", "contact_method", "consent"])
    func anEntryWithoutARequiredKeyIsUnreadable(_ key: String) throws {
        guard case .object(let members) = try JSONParser.parse(JSONCoding.encode(request)) else { return }
        #expect(ConsultRequest(entry: .object(members.filter { $0.key != key })) == nil)
    }

    @Test func formReadFromJSONUsesTheSameKeys() throws {
        let form = try ConsultForm.fromJSON(Array("""
            {"name": "Ann", "contact_method": "email", "email": "ann@example.org", "phone": null,
             "best_time": "noon", "consent": true}
            """.utf8))
        #expect(form == ConsultForm(name: "Ann", contactMethod: .email, email: "ann@example.org",
                                    bestTime: "noon", consent: true))
    }

    @Test(arguments: [
        (#"{"name": "Ann", "diagnosis": "x"}"#, #"Unknown key "diagnosis"; the keys are name, contact_method, phone, email, best_time, topic, message, consent, article."#),
        (#"{"name": 5}"#, #""name" must be a string."#),
        (#"{"consent": "yes"}"#, #""consent" must be true or false."#),
        (#"{"contact_method": "fax"}"#, #""contact_method" must be "phone", "email" or "either"."#),
        (#"["Ann"]"#, #"The JSON request must be an object, like {"name": …}."#),
        ("{name: Ann}", "The input is not valid JSON: expected a key in quotes at byte 2."),
        // Issue 10, item 9: the first "consent" won, where Python and JavaScript read the last.
        (#"{"name":"Dup One","name":"Dup Two","consent":true,"consent":false}"#,
         #"The input is not valid JSON: the key "name" appears twice in one object at byte 19."#),
        (#"{"name":"Ann","consent":true,"consent":false}"#,
         #"The input is not valid JSON: the key "consent" appears twice in one object at byte 30."#),
    ])
    func badJSONIsExplainedByKey(_ input: String, _ message: String) {
        #expect(throws: ConsultJSONError(description: message)) { try ConsultForm.fromJSON(Array(input.utf8)) }
    }

    @Test func oversizedJSONIsRefusedBeforeParsing() {
        let huge = Array(#"{"message": ""#.utf8) + Array(repeating: UInt8(ascii: "a"), count: 1 << 20) + Array(#""}"#.utf8)
        #expect(throws: ConsultJSONError(description: "The JSON request is larger than 64 KB.")) {
            try ConsultForm.fromJSON(huge)
        }
    }

    @Test func idsAreReadInEitherCaseAndWrittenInLowerCase() throws {
        let text = "0F8FAD5B-D9CB-469F-A165-70867728950E"
        let id = try #require(UUIDText.parse(text))
        #expect(id == UUID(uuidString: text))
        #expect(UUIDText.parse(text.lowercased()) == id)
        #expect(UUIDText.lowercase(id) == text.lowercased())
        #expect(UUIDText.lowercase(id, count: 8) == "0f8fad5b")
        for _ in 0..<200 {
            let random = UUID()
            #expect(UUIDText.lowercase(random) == random.uuidString.lowercased())
            #expect(UUIDText.parse(random.uuidString) == random)
        }
    }

    @Test(arguments: ["", "0f8fad5b-d9cb-469f-a165-70867728950", "0f8fad5bd9cb-469f-a165-70867728950e0",
                      "0f8fad5b-d9cb-469f-a165-70867728950g", "{0f8fad5b-d9cb-469f-a165-70867728950e}",
                      "0f8fad5b-d9cb-469f-a165-70867728950é"])
    func malformedIdsAreRefused(text: String) {
        #expect(UUIDText.parse(text) == nil)
    }

    @Test func timestampsAreWrittenAsTheyAreRead() throws {
        for text in ["2026-11-25T09:08:14Z", "1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z", "0999-12-31T00:00:00Z"] {
            let date = try #require(UTCTimestamp.parse(text))
            #expect(UTCTimestamp.format(date) == text)
        }
    }
}
