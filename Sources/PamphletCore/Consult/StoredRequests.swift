#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The requests file as read for staff: the requests Pamphlet understands,
/// and the positions of any entries it does not (kept in the file, untouched).
public struct StoredRequests: Sendable, Equatable {
    public var requests: [ConsultRequest]
    /// Every entry as stored, including fields added by other tools.
    public var entries: [JSONValue]
    /// 1-based positions of entries that are not valid requests.
    public var unreadableEntries: [Int]
}

extension ConsultStore {
    /// Reads the file without locking: saves replace it by rename, so a
    /// reader sees either the old or the new file, whole. A missing file is
    /// an empty list; an unreadable one is an error (only a save moves it aside).
    public func load() throws(ConsultStoreError) -> StoredRequests {
        let bytes: [UInt8]?
        do { bytes = try DurableFile.contents(of: path) } catch { throw .fileSystem(error) }
        guard let bytes else { return StoredRequests(requests: [], entries: [], unreadableEntries: []) }
        let document: ConsultRequestsDocument
        do throws(ConsultRequestsDocument.Problem) {
            document = try ConsultRequestsDocument.parse(bytes)
        } catch {
            switch error {
            case .newerVersion(let version): throw .newerVersion(path: path, version: version)
            case .unreadable(let reason): throw .unreadable(path: path, reason: reason)
            }
        }
        // A second, typed pass over the same bytes: much cheaper than re-encoding each entry.
        let typed = (try? JSONDecoder().decode(TypedEntries.self, from: Data(bytes)))?.requests ?? []
        var requests: [ConsultRequest] = []
        var unreadable: [Int] = []
        for index in document.requests.indices {
            if index < typed.count, let request = typed[index].request {
                requests.append(request)
            } else {
                unreadable.append(index + 1)
            }
        }
        return StoredRequests(requests: requests, entries: document.requests, unreadableEntries: unreadable)
    }
}

/// The `requests` list decoded as requests, an entry that is not one becoming nil.
private struct TypedEntries: Decodable {
    struct Entry: Decodable {
        var request: ConsultRequest?
        init(from decoder: any Decoder) throws {
            request = try? ConsultRequest(from: decoder)
        }
    }
    var requests: [Entry]
}

extension StoredRequests {
    /// A requests file with every entry as stored, for `requests export --format json`.
    public func documentJSON() -> [UInt8] {
        ConsultRequestsDocument(requests: entries).encoded()
    }
}

extension StoredRequests {
    /// Every entry as stored, as a JSON array, for `requests list --json`.
    public func entriesJSON() -> [UInt8] {
        Array(JSONCoding.encode(entries)) + [0x0A]
    }
}
