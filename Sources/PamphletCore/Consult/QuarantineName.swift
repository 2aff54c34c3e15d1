#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The timestamp in a quarantined file's name: UTC, sortable, no colons
/// (which some file systems and tools mishandle), e.g. `20251125T083200Z`.
enum QuarantineName {
    static func timestamp(_ date: Date = Date()) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false)
            .dateSeparator(.omitted).timeSeparator(.omitted))
    }
}
