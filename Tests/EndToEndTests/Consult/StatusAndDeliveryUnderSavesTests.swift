import Foundation
import PamphletCore
import Testing

/// Issue 12: a status change (`requests mark`, its own process) and delivery records (a
/// sender, on a thread of this process) made while other processes save lose nothing:
/// each is one append under the store's lock, like a save.
@Suite(.serialized) struct StatusAndDeliveryUnderSavesTests {
    /// Answers every POST 201, so the sender's bookkeeping is all that is tested here.
    struct AlwaysCreated: IntakeTransport {
        func post(_ exchange: IntakeExchange) -> IntakeAnswer {
            .response(status: 201, location: "QuestionnaireResponse/1", body: [])
        }
    }

    @Test func marksAndDeliveryRecordsMadeDuringSavesAreAllKept() throws {
        let home = try TemporaryFolder()
        let store = ConsultStore(path: home.requestsPath, ownsDirectory: true)
        let seeded = try (0..<6).map { index in
            try store.save(try ConsultForm(name: "Seed \(index)", phone: "555 0100 \(index)", consent: true).makeRequest())
        }
        let start = ContinuousClock.now
        // Two processes saving 5 requests each, and one marking every seeded request, all at once.
        var scripts = try (1...2).map { worker in
            try home.pamphlet.startScript("""
                i=0
                while [ $i -lt 5 ]; do
                  "$0" consult --name "Worker \(worker)" --phone "555 000 \(worker)$i" --consent >/dev/null || exit 1
                  i=$((i + 1))
                done
                """)
        }
        scripts.append(try home.pamphlet.startScript(seeded.map {
            "\"$0\" requests mark \($0.reference) contacted --note 'called back' >/dev/null || exit 1"
        }.joined(separator: "\n")))
        // Meanwhile a sender records deliveries, run after run, until the others end.
        let sender = IntakeSender(store: store, settings: IntakeSettings(url: "http://127.0.0.1:9/QuestionnaireResponse"),
                                  transport: AlwaysCreated())
        let running = NSLock()
        nonisolated(unsafe) var othersDone = false
        nonisolated(unsafe) var sent: Set<UUID> = []
        nonisolated(unsafe) var failures: [String] = []
        let thread = Thread {
            while true {
                let last = running.withLock { othersDone }
                do {
                    let summary = try sender.send()
                    running.withLock { sent.formUnion(summary.sent.map(\.id)) }
                } catch {
                    running.withLock { failures.append("\(error)") }
                }
                if last { break }
            }
        }
        thread.start()
        for (process, _, errors) in scripts {
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(stderr)")
        }
        running.withLock { othersDone = true }
        while thread.isExecuting || !thread.isFinished { usleep(10_000) }
        let elapsed = ContinuousClock.now - start
        #expect(running.withLock { failures } == [])

        let stored = try store.load()
        #expect(stored.unreadableEntries == [])
        #expect(stored.requests.count == 6 + 10)
        for report in seeded {
            let request = try #require(stored.requests.first { $0.id == report.id })
            #expect(request.status == "contacted")
            #expect(stored.history[report.id]?.map(\.note) == ["called back"])
        }
        // Every request the sender sent is recorded sent; the last run, after the saves, sent the rest.
        #expect(running.withLock { sent } == Set(stored.requests.map(\.id)))
        #expect(stored.requests.allSatisfy { stored.delivery(of: $0)?.state == .sent })
        print("status and delivery under saves: \(elapsed)")
        #expect(elapsed < .seconds(20), "the test is meant to take a couple of seconds, took \(elapsed)")
    }
}
