#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Dates staff type for `requests list --since` and `purge --closed-before`:
/// a day (`2026-01-31`, midnight UTC) or a UTC time (`2026-01-31T12:00:00Z`).
enum RequestDates {
    static func parse(_ text: String) -> Date? {
        let full = text.count == 10 ? text + "T00:00:00Z" : text
        return (try? Date.ISO8601FormatStyle().parse(full))
            ?? (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(full))
    }
}
