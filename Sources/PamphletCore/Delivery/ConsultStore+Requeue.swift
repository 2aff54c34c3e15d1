#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ConsultStore {
    /// Puts the requests the intake server rejected back in the queue (all of them, or
    /// only `only` when it is one): one `requeued` delivery record each, appended and
    /// fsynced like any other, so the next sender POSTs them again. A rejection is
    /// final otherwise: the server said this request is wrong, and sending it again
    /// unchanged is only worth it once staff know why (the clinic fixed its server,
    /// or its rules). Returns the records written, in the order the requests were saved.
    public func requeueRejected(only: UUID? = nil, by: String?, at now: Date) throws(ConsultStoreError) -> [DeliveryRecord] {
        let stored = try load()
        var seen: Set<UUID> = []
        let rejected = stored.requests.compactMap { request -> DeliveryRecord? in
            guard only == nil || request.id == only, seen.insert(request.id).inserted,
                  let record = stored.delivery(of: request), record.state == .rejected else { return nil }
            return record
        }
        var written: [DeliveryRecord] = []
        for rejection in rejected {
            let requeued = DeliveryRecord(id: rejection.id, state: .requeued, at: now, attempt: rejection.attempt,
                                          httpStatus: rejection.httpStatus, reason: rejection.reason, by: by)
            try record(requeued)
            written.append(requeued)
        }
        return written
    }
}
