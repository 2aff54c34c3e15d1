import Foundation
import Testing
@testable import PamphletCore

/// The shipped Questionnaire and the QuestionnaireResponse each request is sent as.
@Suite struct QuestionnaireTests {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Articles/\(ConsultQuestionnaire.fileName)")

    /// The file in Articles/ is the form's questions as the code defines them
    /// (PAMPHLET_UPDATE_GOLDEN=1 rewrites it).
    @Test func theShippedQuestionnaireIsTheForm() throws {
        let expected = JSONWriter.pretty(ConsultQuestionnaire.resource()) + [0x0A]
        if ProcessInfo.processInfo.environment["PAMPHLET_UPDATE_GOLDEN"] == "1" {
            try Data(expected).write(to: Self.shipped)
        }
        let actual = try [UInt8](Data(contentsOf: Self.shipped))
        #expect(actual == expected, "Articles/\(ConsultQuestionnaire.fileName) differs; run with PAMPHLET_UPDATE_GOLDEN=1")
        let value = try JSONParser.parse(actual)
        #expect(value["url"]?.stringValue == ConsultQuestionnaire.canonical)
        guard case .array(let items)? = value["item"] else { Issue.record("no items"); return }
        #expect(items.compactMap { $0["linkId"]?.stringValue } == ConsultField.allCases.map(\.rawValue) + ["urgent"])
    }

    @Test func aRequestBecomesACompletedResponseWithTypedAnswers() throws {
        var request = try ConsultForm(name: "Zoë Yamada", contactMethod: .either, phone: "+1 555 0100", email: "",
                                      bestTime: "mornings", topic: "", message: "Line one\nline two", consent: true,
                                      article: "what-does-ketamine-therapy-feel-like").makeRequest()
        request.id = try #require(UUID(uuidString: "4174f099-14c3-4ee1-bd10-18215ffe5c71"))
        request.createdAt = Date(timeIntervalSince1970: 1_764_000_000)
        request.urgent = true
        let resource = QuestionnaireResponseJSON.resource(for: request)
        #expect(resource["resourceType"]?.stringValue == "QuestionnaireResponse")
        #expect(resource["status"]?.stringValue == "completed")
        #expect(resource["questionnaire"]?.stringValue == ConsultQuestionnaire.canonical)
        #expect(resource["authored"]?.stringValue == "2025-11-24T16:00:00Z")
        #expect(resource["identifier"]?["system"]?.stringValue == "urn:ietf:rfc:3986")
        #expect(resource["identifier"]?["value"]?.stringValue == "urn:uuid:4174f099-14c3-4ee1-bd10-18215ffe5c71")
        guard case .array(let items)? = resource["item"] else { Issue.record("no items"); return }
        var answers: [String: JSONMember] = [:]
        for item in items {
            guard case .array(let list)? = item["answer"], case .object(let members)? = list.first else { continue }
            answers[item["linkId"]?.stringValue ?? ""] = members.first
        }
        // Empty answers (email, topic) are left out: FHIR has no empty strings.
        #expect(answers.keys.sorted() == ["article", "best_time", "consent", "contact_method", "message", "name", "phone", "urgent"])
        #expect(answers["name"] == JSONMember(key: "valueString", value: .string("Zoë Yamada")))
        #expect(answers["message"] == JSONMember(key: "valueString", value: .string("Line one\nline two")))
        #expect(answers["consent"] == JSONMember(key: "valueBoolean", value: .bool(true)))
        #expect(answers["urgent"] == JSONMember(key: "valueBoolean", value: .bool(true)))
        #expect(answers["contact_method"]?.value["code"]?.stringValue == "either")
        #expect(answers["contact_method"]?.value["system"]?.stringValue == ConsultQuestionnaire.contactMethodSystem)
        #expect(QuestionnaireResponseJSON.ifNoneExist(for: request)
            == "identifier=urn:ietf:rfc:3986|urn:uuid:4174f099-14c3-4ee1-bd10-18215ffe5c71")
    }
}
