#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Sends pending requests to the intake server, one conditional create each, and
/// records every step in the journal (`DeliveryRecord`).
///
/// A run holds the send lock (`<file>.send.lock`) throughout, so two senders never
/// POST at once; saves take only the store's lock, for one append at a time, and
/// never wait for a server. Nothing local is removed: a sent request stays in the file.
public struct IntakeSender: Sendable {
    public var store: ConsultStore
    public var settings: IntakeSettings
    public var transport: any IntakeTransport
    public var now: @Sendable () -> Date = { Date() }
    public var connectTimeout: Duration = .seconds(5)
    public var totalTimeout: Duration = .seconds(20)
    /// How long to wait for another sender's run to end before leaving the work to it.
    public var sendLockWait: Duration = .seconds(3)

    public init(store: ConsultStore, settings: IntakeSettings, transport: any IntakeTransport) {
        self.store = store
        self.settings = settings
        self.transport = transport
    }

    /// What one run did, by request.
    public struct Summary: Sendable, Equatable {
        public var sent: [DeliveryRecord] = []
        public var retry: [DeliveryRecord] = []
        public var rejected: [DeliveryRecord] = []
        /// Waiting for their next try (back-off), left alone this run.
        public var waiting = 0
        /// For `only`: its latest record when there was nothing to send, because it
        /// was sent before or was rejected (and not put back in the queue).
        public var finished: DeliveryRecord?
    }

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// Another sender holds the send lock: it will send them.
        case busy(String)
        case store(ConsultStoreError)
        case unknownRequest(String)

        public var description: String {
            switch self {
            case .busy(let detail): "Another `pamphlet requests send` is sending now (\(detail)); it sends these too."
            case .store(let error): error.description
            case .unknownRequest(let id): "No request with the id \(id) is stored."
            }
        }
    }

    /// Sends every request that is due (`only`: just that one, whatever its back-off).
    /// Requests saved while the run goes on are picked up before it ends.
    public func send(only: UUID? = nil, ignoringBackoff: Bool = false) throws(Failure) -> Summary {
        let lock: ExclusiveFileLock
        do {
            try PrivateFolder.ensure(FilePath.directory(of: store.path), tighten: store.ownsDirectory)
            lock = try ExclusiveFileLock(path: store.sendLockPath, wait: sendLockWait)
        } catch {
            throw .busy(error.description)
        }
        var summary = Summary()
        var tried: Set<UUID> = []
        // Each pass re-reads the journal; one with nothing new ends the run.
        while true {
            let stored: StoredRequests
            do { stored = try store.load() } catch { throw .store(error) }
            var due = stored.dueForDelivery(now: now(), ignoringBackoff: ignoringBackoff || only != nil)
            if let only {
                guard stored.requests.contains(where: { $0.id == only }) else { throw .unknownRequest(only.uuidString.lowercased()) }
                due = due.filter { $0.id == only }
                if due.isEmpty, tried.isEmpty { summary.finished = stored.deliveries[only] }
            }
            due = due.filter { !tried.contains($0.id) }
            if tried.isEmpty, only == nil {
                summary.waiting = stored.dueForDelivery(now: now(), ignoringBackoff: true).count - due.count
            }
            guard !due.isEmpty else { break }
            for request in due {
                tried.insert(request.id)
                let record = try deliver(request, previous: stored.delivery(of: request))
                switch record.state {
                case .sent: summary.sent.append(record)
                case .rejected: summary.rejected.append(record)
                case .retry, .sending, .requeued: summary.retry.append(record)
                }
            }
            if only != nil { break }
        }
        _ = consume lock
        return summary
    }

    /// One request: `sending` recorded (fsynced) before the POST, its outcome after.
    private func deliver(_ request: ConsultRequest, previous: DeliveryRecord?) throws(Failure) -> DeliveryRecord {
        let attempt = (previous?.attempt ?? 0) + 1
        try append(DeliveryRecord(id: request.id, state: .sending, at: now(), attempt: attempt))
        let answer = transport.post(IntakeExchange(
            url: settings.url, body: QuestionnaireResponseJSON.body(for: request),
            headers: ["Content-Type: application/fhir+json; charset=utf-8", "Accept: application/fhir+json",
                      "If-None-Exist: " + QuestionnaireResponseJSON.ifNoneExist(for: request),
                      // No "Expect: 100-continue" round trip: the body is small.
                      "Expect:"],
            caFile: settings.caFile, connectTimeout: connectTimeout, totalTimeout: totalTimeout))
        let record = DeliveryPolicy.outcome(of: answer, id: request.id, attempt: attempt, at: now())
        try append(record)
        return record
    }

    private func append(_ record: DeliveryRecord) throws(Failure) {
        do { try store.record(record) } catch { throw .store(error) }
    }
}
