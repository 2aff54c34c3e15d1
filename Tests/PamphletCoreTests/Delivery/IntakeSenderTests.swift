import Foundation
import Testing
@testable import PamphletCore

/// Issue 12: IntakeSender's bookkeeping against a scripted server: what the journal
/// records for each answer, and what staff are told.
@Suite struct IntakeSenderTests {
    private let settings = IntakeSettings(url: "https://intake.example.org/fhir/QuestionnaireResponse")

    private func saved(_ store: ConsultStore, _ name: String = "Ann") throws -> ConsultRequest {
        let request = try ConsultForm(name: name, phone: "+1 555 0101", message: "About the first session", consent: true)
            .makeRequest()
        let report = try store.save(request)
        return try #require(try store.load().requests.first { $0.id == report.id })
    }

    private func sender(_ store: ConsultStore, _ transport: ScriptedTransport, _ clock: TestClock) -> IntakeSender {
        var sender = IntakeSender(store: store, settings: settings, transport: transport)
        sender.now = { clock.now }
        sender.sendLockWait = .milliseconds(100)
        return sender
    }

    /// The journal's delivery lines for `id`, as (state, attempt, http_status).
    private func deliveryLines(_ store: ConsultStore, _ id: UUID) throws -> [String] {
        let text = try String(contentsOfFile: store.path, encoding: .utf8)
        return try text.split(separator: "\n").compactMap { line -> String? in
            let value = try JSONParser.parse(Array(line.utf8))
            guard value["event"]?.stringValue == "delivery", value["id"]?.stringValue == id.uuidString.lowercased() else { return nil }
            var words = [value["state"]?.stringValue ?? "?"]
            if case .number(let attempt)? = value["attempt"] { words.append(attempt) }
            if case .number(let status)? = value["http_status"] { words.append(status) }
            return words.joined(separator: " ")
        }
    }

    @Test func a201IsRecordedSentWithTheServersLocationAfterSending() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let request = try saved(store)
        let transport = ScriptedTransport([ScriptedTransport.created()])
        let clock = TestClock()
        let summary = try sender(store, transport, clock).send()
        #expect(try deliveryLines(store, request.id) == ["sending 1", "sent 1 201"])
        let record = try #require(try store.load().delivery(of: request))
        #expect(record.location == "QuestionnaireResponse/17/_history/1" && record.at == clock.now)
        // One conditional create: the body is the QuestionnaireResponse, If-None-Exist its identifier.
        let exchange = try #require(transport.posted.first)
        #expect(transport.posted.count == 1 && exchange.url == settings.url)
        #expect(exchange.body == QuestionnaireResponseJSON.body(for: request))
        #expect(exchange.headers.contains("If-None-Exist: identifier=urn:ietf:rfc:3986|urn:uuid:\(request.idString)"))
        #expect(exchange.headers.contains("Content-Type: application/fhir+json; charset=utf-8"))
        #expect(DeliveryText.report(summary, url: settings.url) == [
            "\(request.reference)  sent  QuestionnaireResponse/17/_history/1",
            "Sent 1, to retry 0, rejected 0 (https://intake.example.org/fhir/QuestionnaireResponse).",
        ])
        #expect(try store.load().deliveryLabel(of: request) == "sent")
        // Done: the next run posts nothing.
        #expect(try sender(store, transport, clock).send() == IntakeSender.Summary())
        #expect(try store.load().requests.count == 1)
    }

    @Test func a200FromTheConditionalCreateIsSentWithoutACopy() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let request = try saved(store)
        let transport = ScriptedTransport([.response(status: 200, location: "QuestionnaireResponse/9", body: [])])
        _ = try sender(store, transport, TestClock()).send()
        #expect(try deliveryLines(store, request.id) == ["sending 1", "sent 1 200"])
        #expect(try DeliveryText.describe(store.load().delivery(of: request)).hasPrefix("Delivery: sent 2026-12-02T12:00:00Z to QuestionnaireResponse/9 (HTTP 200)"))
    }

    @Test func a4xxIsRejectedWithTheServersReasonAndNeverRetriedUntilRequeued() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let request = try saved(store)
        // The server's words are untrusted: an escape sequence must not reach the terminal.
        let transport = ScriptedTransport([ScriptedTransport.outcome(422, "phone \\u001b[31mis not valid"), ScriptedTransport.created()])
        let clock = TestClock()
        let summary = try sender(store, transport, clock).send()
        #expect(try deliveryLines(store, request.id) == ["sending 1", "rejected 1 422"])
        let reason = try #require(summary.rejected.first?.reason)
        #expect(!reason.contains("\u{1B}") && reason.hasPrefix("HTTP 422: phone ") && reason.hasSuffix("is not valid"))
        #expect(DeliveryText.report(summary, url: settings.url).last?.contains("`pamphlet requests send --retry-rejected` sends it again") == true)
        // Hours later, with back-off ignored, still not posted again.
        clock.advance(86_400)
        #expect(try sender(store, transport, clock).send(ignoringBackoff: true).sent.isEmpty)
        let finished = try sender(store, transport, clock).send(only: request.id)
        #expect(finished.finished?.state == .rejected && transport.posted.count == 1)
        #expect(try DeliveryText.describe(store.load().delivery(of: request))
            .hasSuffix("(kept here; never sent again unless staff run `pamphlet requests send --retry-rejected`)"))
        #expect(DeliveryText.rejectedNote(count: 1) == "1 request was rejected by the intake server and is not sent again: "
            + "`pamphlet requests show REF` gives the reason; `pamphlet requests send --retry-rejected` sends it again.")

        // Staff put it back: recorded with who and why, then sent as attempt 2.
        let requeued = try store.requeueRejected(by: "kim", at: clock.now)
        #expect(requeued.map(\.id) == [request.id] && requeued.first?.reason == reason)
        #expect(try store.load().deliveryLabel(of: request) == "requeued")
        #expect(try DeliveryText.describe(store.load().delivery(of: request)).hasPrefix(
            "Delivery: queued again 2026-12-03T12:00:00Z by kim after the intake server rejected it (HTTP 422: phone "))
        #expect(DeliveryText.requeued(requeued) == ["\(request.reference)  rejected before, queued again: \(reason)"])
        #expect(try sender(store, transport, clock).send().sent.map(\.attempt) == [2])
        #expect(try deliveryLines(store, request.id) == ["sending 1", "rejected 1 422", "requeued 1 422", "sending 2", "sent 2 201"])
        #expect(try store.requeueRejected(by: "kim", at: clock.now).isEmpty)
        #expect(DeliveryText.requeued([]) == ["No rejected requests to queue again."])
        #expect(transport.unused == 0)
    }

    @Test func serverErrorsAndTimeoutsAreRetriedWithDoublingBackoff() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let request = try saved(store)
        let transport = ScriptedTransport([
            ScriptedTransport.outcome(503, "database down"),
            .failed(reason: "Operation timed out after 20000 milliseconds", certificate: false),
            .response(status: 429, location: nil, body: []),
            ScriptedTransport.created(),
        ])
        let clock = TestClock()
        let first = try sender(store, transport, clock).send()
        let retry = try #require(first.retry.first)
        #expect(retry.reason == "the intake server failed (HTTP 503): database down")
        #expect(retry.nextTry == clock.now + 30)
        #expect(DeliveryText.report(first, url: settings.url).first
            == "\(request.reference)  not sent (next try after 2026-12-02T12:00:30Z): the intake server failed (HTTP 503): database down")
        // Before its next try: left waiting, nothing posted.
        clock.advance(29)
        let early = try sender(store, transport, clock).send()
        #expect(early.waiting == 1 && transport.posted.count == 1)
        #expect(DeliveryText.report(early, url: "u").last == "Sent 0, to retry 0, rejected 0, waiting for their next try 1 (u).")
        clock.advance(1)
        let second = try #require(try sender(store, transport, clock).send().retry.first)
        #expect(second.reason == "no answer from the intake server: Operation timed out after 20000 milliseconds")
        #expect(second.nextTry == clock.now + 60)
        clock.advance(60)
        let third = try #require(try sender(store, transport, clock).send().retry.first)
        #expect(third.reason == "the intake server asked to try later (HTTP 429)" && third.nextTry == clock.now + 120)
        clock.advance(120)
        #expect(try sender(store, transport, clock).send().sent.count == 1)
        #expect(try deliveryLines(store, request.id) == ["sending 1", "retry 1 503", "sending 2", "retry 2",
                                                          "sending 3", "retry 3 429", "sending 4", "sent 4 201"])
    }

    @Test func anUntrustedCertificateIsRetriedWithAdviceForStaff() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        let request = try saved(store)
        let transport = ScriptedTransport([.failed(reason: "SSL certificate problem: self-signed certificate", certificate: true)])
        let summary = try sender(store, transport, TestClock()).send()
        #expect(try deliveryLines(store, request.id) == ["sending 1", "retry 1"])
        #expect(summary.retry.first?.reason == "the intake server's certificate is not trusted (SSL certificate problem: "
            + "self-signed certificate). If the clinic uses its own certificate authority, put its certificate's file "
            + "in pamphlet.yml as intake_ca.")
        #expect(try store.load().deliveryLabel(of: request) == "retry 1")
    }

    @Test func backoffDoublesFromThirtySecondsToAnHour() {
        #expect((1...9).map { DeliveryPolicy.backoff(afterAttempt: $0) } == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600])
        #expect(DeliveryPolicy.backoff(afterAttempt: 0) == 30)
        #expect(DeliveryPolicy.backoff(afterAttempt: 10_000) == 3600)
    }

    @Test func aRequestSavedDuringARunIsSentBeforeItEnds() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        _ = try saved(store, "First")
        let transport = ScriptedTransport([ScriptedTransport.created("QuestionnaireResponse/1"), ScriptedTransport.created("QuestionnaireResponse/2")])
        let savedOnce = NSLock()
        nonisolated(unsafe) var later: ConsultRequest?
        transport.duringPost = {
            savedOnce.withLock {
                if later == nil { later = try? ConsultForm(name: "Second", phone: "+1 555 0102", consent: true).makeRequest()
                                  _ = try? store.save(later!) }
            }
        }
        let summary = try sender(store, transport, TestClock()).send()
        #expect(summary.sent.count == 2)
        #expect(try store.load().requests.allSatisfy { try store.load().delivery(of: $0)?.state == .sent })
    }

    @Test func anotherSenderHoldingTheSendLockMakesThisOneStepAside() throws {
        let folder = try TemporaryFolder()
        let store = ConsultStore(path: folder.file("r.json"))
        _ = try saved(store)
        let held = try ExclusiveFileLock(path: store.sendLockPath)
        let transport = ScriptedTransport([])
        #expect(throws: IntakeSender.Failure.self) { try sender(store, transport, TestClock()).send() }
        #expect(transport.posted.isEmpty)
        _ = consume held
        #expect(throws: IntakeSender.Failure.unknownRequest("00000000-0000-4000-8000-000000000000")) {
            try sender(store, transport, TestClock()).send(only: UUID(uuidString: "00000000-0000-4000-8000-000000000000"))
        }
    }
}
