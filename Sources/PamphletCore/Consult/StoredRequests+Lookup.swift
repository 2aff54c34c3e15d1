/// Finding one request by what staff type: its short reference, or any unique
/// start of its id (`4174f0`, `4174f099-14c3`).
extension StoredRequests {
    public enum Lookup: Sendable, Equatable {
        case found(ConsultRequest)
        /// More than one request starts so; the caller lists them.
        case ambiguous([ConsultRequest])
        /// None does; the nearest references, if any are close.
        case unknown(nearest: [ConsultRequest])
    }

    public func lookup(_ reference: String) -> Lookup {
        let typed = reference.lowercased().trimmingCharacters(in: .whitespaces)
        let matches = typed.isEmpty ? [] : requests.filter { $0.idString.hasPrefix(typed) }
        switch matches.count {
        case 1: return .found(matches[0])
        case 0:
            let short = String(typed.prefix(8))
            let nearest = requests.filter { EditDistance.between(short, $0.reference, atMost: 2) != nil }
            return .unknown(nearest: Array(nearest.prefix(5)))
        default: return .ambiguous(matches)
        }
    }

    /// True for a request a crisis check marked urgent (`"urgent": true`).
    public func isUrgent(_ request: ConsultRequest) -> Bool {
        urgentIDs.contains(request.id)
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
