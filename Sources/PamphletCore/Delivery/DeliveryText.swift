#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What staff read about delivery: `requests show`'s Delivery line, what `requests send`
/// prints, and the note under `requests list` when the server rejected some. Only
/// references, states and the server's words (cleaned again here: the journal is a file
/// anyone with the user's rights can edit), nothing a patient typed, so a sender may
/// print them on a kiosk.
public enum DeliveryText {
    /// The one way a rejected request is sent again.
    public static let retryRejected = "pamphlet requests send --retry-rejected"

    /// `requests show`'s Delivery line.
    public static func describe(_ record: DeliveryRecord?) -> String {
        guard let record else { return "Delivery: pending (not tried yet; kept here until `pamphlet requests send` sends it)" }
        let at = UTCTimestamp.format(record.at)
        let text: String
        switch record.state {
        case .sent:
            text = "sent \(at)" + (record.location.map { " to \($0)" } ?? "") + (record.httpStatus.map { " (HTTP \($0))" } ?? "")
        case .sending:
            text = "sending since \(at) (attempt \(record.attempt); if no sender is running, the next one sends it again)"
        case .retry:
            let next = record.nextTry.map { ", next try after \(UTCTimestamp.format($0))" } ?? ""
            text = "not sent yet, attempt \(record.attempt) at \(at) failed\(next): \(record.reason ?? "")"
        case .rejected:
            text = "rejected by the intake server \(at): \(record.reason ?? "") (kept here; never sent again "
                + "unless staff run `\(retryRejected)`)"
        case .requeued:
            text = "queued again \(at)" + (record.by.map { " by \($0)" } ?? "")
                + " after the intake server rejected it (\(record.reason ?? "no reason given")); "
                + "the next `pamphlet requests send` sends it"
        }
        return "Delivery: " + oneLine(text)
    }

    /// What `requests send --retry-rejected` prints before it sends: the requests it put back in the queue.
    public static func requeued(_ records: [DeliveryRecord]) -> [String] {
        guard !records.isEmpty else { return ["No rejected requests to queue again."] }
        return records.map { "\(reference($0.id))  rejected before, queued again: \(oneLine($0.reason ?? ""))" }
    }

    /// What `requests send` prints: one line per request it tried, then the counts.
    public static func report(_ summary: IntakeSender.Summary, url: String) -> [String] {
        var lines: [String] = []
        if let finished = summary.finished {
            lines.append(finishedLine(finished))
        }
        for record in summary.sent {
            lines.append("\(reference(record.id))  sent" + (record.location.map { "  \(oneLine($0))" } ?? ""))
        }
        for record in summary.retry {
            let next = record.nextTry.map { " (next try after \(UTCTimestamp.format($0)))" } ?? ""
            lines.append("\(reference(record.id))  not sent\(next): \(oneLine(record.reason ?? ""))")
        }
        for record in summary.rejected {
            lines.append("\(reference(record.id))  rejected: \(oneLine(record.reason ?? ""))")
        }
        var counts = "Sent \(summary.sent.count), to retry \(summary.retry.count), rejected \(summary.rejected.count)"
        if summary.waiting > 0 { counts += ", waiting for their next try \(summary.waiting)" }
        lines.append(counts + " (\(oneLine(url))).")
        if !summary.rejected.isEmpty {
            lines.append("A rejected request is not sent again: `pamphlet requests show REF` gives the server's reason; "
                + "once the clinic has fixed its cause, `\(retryRejected)` sends it again.")
        }
        return lines
    }

    /// Under `requests list`, when some of the requests listed were rejected; nil when none were.
    public static func rejectedNote(count: Int) -> String? {
        guard count > 0 else { return nil }
        let which = count == 1 ? "1 request was" : "\(count) requests were"
        return "\(which) rejected by the intake server and \(count == 1 ? "is" : "are") not sent again: "
            + "`pamphlet requests show REF` gives the reason; `\(retryRejected)` sends \(count == 1 ? "it" : "them") again."
    }

    /// A request's short reference, from its id alone (the first 8 hex digits).
    public static func reference(_ id: UUID) -> String {
        String(id.uuidString.lowercased().prefix(8))
    }

    /// `requests send --one` for a request with nothing left to send.
    private static func finishedLine(_ record: DeliveryRecord) -> String {
        let at = UTCTimestamp.format(record.at)
        switch record.state {
        case .rejected:
            return "\(reference(record.id))  rejected \(at), not sent again: \(oneLine(record.reason ?? "")). "
                + "`\(retryRejected) --one \(reference(record.id))` sends it again."
        default:
            return "\(reference(record.id))  sent already \(at)" + (record.location.map { "  \(oneLine($0))" } ?? "")
        }
    }

    private static func oneLine(_ text: String) -> String {
        Sanitizer.clean(text).replacing("\n", with: " ")
    }
}
