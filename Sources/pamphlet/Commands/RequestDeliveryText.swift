import PamphletCore

/// `requests show`'s Delivery line: what became of the request at the intake server.
enum RequestDeliveryText {
    static func describe(_ record: DeliveryRecord?) -> String {
        guard let record else { return "Delivery: pending (not tried yet; kept here until `pamphlet requests send` sends it)" }
        let at = record.at.formatted(.iso8601)
        let text: String
        switch record.state {
        case .sent:
            text = "sent \(at)" + (record.location.map { " to \($0)" } ?? "") + (record.httpStatus.map { " (HTTP \($0))" } ?? "")
        case .sending:
            text = "sending since \(at) (attempt \(record.attempt); if no sender is running, the next one sends it again)"
        case .retry:
            let next = record.nextTry.map { ", next try after \($0.formatted(.iso8601))" } ?? ""
            text = "not sent yet, attempt \(record.attempt) at \(at) failed\(next): \(record.reason ?? "")"
        case .rejected:
            text = "rejected by the intake server \(at): \(record.reason ?? "") (not retried; kept here)"
        }
        return "Delivery: " + Sanitizer.clean(text).replacing("\n", with: " ")
    }
}
