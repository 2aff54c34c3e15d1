import Foundation
import Testing
@testable import PamphletCore

@Suite struct RequestsCSVTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("Smith, Ann", "\"Smith, Ann\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+1 555 123 4567", "'+1 555 123 4567"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcell", "'\tcell"),
        ("\r\nx", "\"'\r\nx\""),
        ("a=b", "a=b"),
        ("", ""),
    ])
    func cellsAreQuotedAndDefused(_ text: String, _ expected: String) {
        #expect(RequestsCSV.cell(text) == expected)
    }

    @Test func rendersAHeaderAndOneRowPerRequestWithCRLF() throws {
        let request = ConsultRequest(
            id: UUID(uuidString: "3f2504e0-4f89-41d3-9a0c-0305e82c3301")!,
            createdAt: Date(timeIntervalSince1970: 1_764_059_520), article: nil, name: "Zoë 山田",
            contactMethod: .phone, phone: "+1 555 123 4567", email: nil, bestTime: nil, topic: "Sleep, mostly",
            message: "Hi\nthere", consent: true)
        #expect(RequestsCSV.render([request]) == """
            id,reference,created_at,status,article,name,contact_method,phone,email,best_time,topic,message,consent,urgent\r
            3f2504e0-4f89-41d3-9a0c-0305e82c3301,3f2504e0,2025-11-25T08:32:00Z,new,,Zoë 山田,phone,'+1 555 123 4567,,,"Sleep, mostly","Hi
            there",yes,no\r

            """)
    }
}
