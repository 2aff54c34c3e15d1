#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What an answer from the intake server means for the request: 2xx is sent (201
/// created, or 200 when the conditional create found it there already); 4xx is
/// rejected for good, with the server's reason kept for staff, except 408 and 429,
/// which ask to come back later; 5xx and no answer at all are retried with back-off.
public enum DeliveryPolicy {
    /// Seconds before try `attempt + 1`: 30 s, doubling, at most an hour.
    public static func backoff(afterAttempt attempt: Int) -> Double {
        min(30 * Double(1 << min(max(0, attempt - 1), 16)), 3_600)
    }

    static func outcome(of answer: IntakeAnswer, id: UUID, attempt: Int, at now: Date) -> DeliveryRecord {
        func retry(_ reason: String, status: Int? = nil) -> DeliveryRecord {
            DeliveryRecord(id: id, state: .retry, at: now, attempt: attempt, httpStatus: status, reason: reason,
                           nextTry: now.addingTimeInterval(backoff(afterAttempt: attempt)))
        }
        switch answer {
        case .failed(let reason, let certificate):
            return retry(certificate ? certificateAdvice(reason) : "no answer from the intake server: \(clean(reason))")
        case .response(let status, let location, let body):
            switch status {
            case 200..<300:
                return DeliveryRecord(id: id, state: .sent, at: now, attempt: attempt, httpStatus: status,
                                      location: location.map(clean))
            case 408, 429:
                return retry("the intake server asked to try later (HTTP \(status))", status: status)
            case 400..<500:
                return DeliveryRecord(id: id, state: .rejected, at: now, attempt: attempt, httpStatus: status,
                                      reason: "HTTP \(status): " + serverReason(body))
            default:
                return retry("the intake server failed (HTTP \(status)): " + serverReason(body), status: status)
            }
        }
    }

    /// The words staff need when the server's certificate is not trusted.
    static func certificateAdvice(_ reason: String) -> String {
        "the intake server's certificate is not trusted (\(clean(reason))). If the clinic uses its own "
            + "certificate authority, put its certificate's file in pamphlet.yml as intake_ca."
    }

    /// An OperationOutcome's diagnostics or text, else the start of the body.
    static func serverReason(_ body: [UInt8]) -> String {
        if let value = try? JSONParser.parse(body), case .array(let issues)? = value["issue"] {
            let words = issues.compactMap { issue in
                issue["diagnostics"]?.stringValue ?? issue["details"]?["text"]?.stringValue
            }
            if !words.isEmpty { return clean(words.joined(separator: "; ")) }
        }
        let text = clean(String(decoding: body.prefix(300), as: UTF8.self))
        return text.isEmpty ? "no reason given" : text
    }

    /// A server's words are untrusted: no control characters, one line, bounded.
    static func clean(_ text: String) -> String {
        let line = Sanitizer.clean(text).split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > 500 ? String(line.prefix(500)) + "…" : line
    }
}
