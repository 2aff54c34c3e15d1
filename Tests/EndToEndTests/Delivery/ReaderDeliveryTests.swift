import Foundation
import PamphletCore
import Testing

/// Issue 12's "done when": a request typed into the full-screen reader, on a
/// library whose pamphlet.yml names an intake server, arrives there once, and
/// the confirmation on screen says it was sent.
@Suite(.enabled(if: FHIRIntakeServer.unavailable == nil, "\(FHIRIntakeServer.unavailable ?? "")"), .serialized)
struct ReaderDeliveryTests {
    @Test func aRequestTypedIntoTheReaderReachesTheIntakeServerOnce() throws {
        let home = try TemporaryFolder()
        let server = try FHIRIntakeServer(folder: home.path)
        let library = try home.library(intake: server.url)
        let fixture = PamphletProcess.packageRoot.appendingPathComponent("Tests/PamphletUITests/Fixtures/Library/first-visit.md")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: library + "/first-visit.md")

        let session = try ReaderSession(stateFolder: URL(fileURLWithPath: home.path + "/state"),
                                        environment: ["HOME": home.path, "XDG_DATA_HOME": home.path + "/data"])
        defer { session.pane.close() }
        try session.start(["read", "first-visit"], library: library)
        try session.pane.waitFor("Preparing for Your First Visit")
        try session.pane.press("c")
        try session.pane.waitFor("Request a consultation")
        try session.pane.type("Ana Lima")
        try session.pane.press("Tab", "Right", "Tab")  // how to contact: phone
        try session.pane.type("555 123 4567")
        try session.pane.press("Tab", "Tab", "Tab", "Tab", "Tab", "Space", "C-s")
        try session.pane.waitFor("Check your request")
        try session.pane.press("Enter")
        let confirmation = try session.pane.waitFor("Reference:")
        #expect(confirmation.contains("sent to Riverside Clinic"), "\(confirmation)")

        let stored = try home.stored()
        let request = try #require(stored.requests.first)
        #expect(stored.requests.count == 1)
        #expect(server.creations() == [request.idString: 1])
        #expect(stored.delivery(of: request)?.state == .sent)
        // The server validates each post as an R4B QuestionnaireResponse (fhir.resources) before it creates it.
        #expect(server.posts().count == 1)
        try session.pane.press("Enter")
        try session.pane.waitFor("Preparing for Your First Visit")
    }
}
