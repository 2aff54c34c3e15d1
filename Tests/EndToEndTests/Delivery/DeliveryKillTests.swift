import Foundation
import PamphletCore
import Testing

/// Senders killed with SIGKILL at random moments, and two at once: every request
/// arrives exactly once, and none is marked sent that the server did not accept.
@Suite(.enabled(if: FHIRIntakeServer.unavailable == nil, "\(FHIRIntakeServer.unavailable ?? "")"), .serialized)
struct DeliveryKillTests {
    @Test func killedAndConcurrentSendersDeliverEachRequestExactlyOnce() throws {
        let home = try TemporaryFolder()
        let server = try FHIRIntakeServer(folder: home.path)
        let ids = try home.saveOffline(30)
        #expect(ids.count == 30)
        let library = try home.library(intake: server.url)
        try server.set("flaky")
        var generator = SystemRandomNumberGenerator()
        let deadline = ContinuousClock.now + .seconds(40)
        var kills = 0
        // At least 100 kills; two senders race in each round, and one of them is killed.
        while kills < 100 && ContinuousClock.now < deadline {
            let (first, _, _) = try home.pamphlet.start(["requests", "send", "--library", library, "--now", "--quiet"])
            let (second, _, _) = try home.pamphlet.start(["requests", "send", "--library", library, "--now", "--quiet"])
            usleep(UInt32.random(in: 0...120_000, using: &generator))
            kill(first.processIdentifier, SIGKILL)
            first.waitUntilExit()
            if Bool.random(using: &generator) { kill(second.processIdentifier, SIGKILL) }
            second.waitUntilExit()
            kills += 1
            // Whatever the moment, nothing marked sent is missing at the server.
            let created = Set(server.creations().keys)
            for (id, record) in try home.stored().deliveries where record.state == .sent {
                #expect(created.contains(id.uuidString.lowercased()), "marked sent but never accepted: \(id)")
            }
        }
        #expect(kills >= 100)
        try server.set("ok")
        let (a, _, _) = try home.pamphlet.start(["requests", "send", "--library", library, "--now", "--quiet"])
        let (b, _, _) = try home.pamphlet.start(["requests", "send", "--library", library, "--now", "--quiet"])
        a.waitUntilExit()
        b.waitUntilExit()
        let finish = try home.send(library, ["--now"])
        #expect(finish.status == 0, "\(finish.stdout)\(finish.stderr)")
        let stored = try home.stored()
        #expect(stored.requests.count == 30)
        #expect(stored.requests.allSatisfy { stored.delivery(of: $0)?.state == .sent })
        let creations = server.creations()
        #expect(creations.count == 30)
        #expect(creations.values.allSatisfy { $0 == 1 }, "a request was created twice: \(creations.filter { $0.value > 1 })")
        #expect(Set(creations.keys) == Set(ids))
    }

    @Test func twoSendersAtOnceNeverPostTheSameRequestTwice() throws {
        let home = try TemporaryFolder()
        let server = try FHIRIntakeServer(folder: home.path)
        let ids = try home.saveOffline(20)
        let library = try home.library(intake: server.url)
        let (a, _, _) = try home.pamphlet.start(["requests", "send", "--library", library, "--quiet"])
        let (b, _, _) = try home.pamphlet.start(["requests", "send", "--library", library, "--quiet"])
        a.waitUntilExit()
        b.waitUntilExit()
        // Not even a repeat that If-None-Exist would catch: one POST per request.
        #expect(server.posts().count == 20)
        #expect(Set(server.posts().map { String($0.identifier.split(separator: ":").last ?? "") }) == Set(ids))
        #expect(try home.stored().deliveries.values.allSatisfy { $0.state == .sent })
    }
}
