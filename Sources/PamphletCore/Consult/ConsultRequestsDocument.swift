/// The version 1 requests file: one JSON document,
/// `{"format": "pamphlet-consult-requests", "version": 1, "requests": [...]}`,
/// rewritten whole at every save. Pamphlet now keeps a journal
/// (`RequestsJournal`); a version 1 file is read as it is, and converted once
/// by the next save, which keeps the original beside it.
///
/// Each entry is read on its own, as its raw JSON kept (see `JSONValue`): an
/// entry that cannot be read is set aside alone, never the whole file.
struct ConsultRequestsDocument: Sendable, Equatable {
    static let format = "pamphlet-consult-requests"
    static let version = 1

    var requests: [JSONValue] = []
    /// Entries that are not JSON Pamphlet can read: 1-based position, raw text, reason.
    var unreadable: [UnreadableEntry] = []

    struct UnreadableEntry: Sendable, Equatable {
        var position: Int
        var raw: [UInt8]
        var reason: String
    }

    enum Problem: Error, Equatable {
        /// Not JSON, or JSON that is not a requests file: safe to move aside.
        case unreadable(String)
        /// A later Pamphlet wrote it; this one must neither rewrite nor move it.
        case newerVersion(Int)
    }

    static func parse(_ bytes: [UInt8]) throws(Problem) -> ConsultRequestsDocument {
        let parsed: (members: [JSONMember], elements: [JSONParser.IsolatedElement]?)
        do {
            parsed = try JSONParser.parseIsolatingElements(bytes, ofListAt: "requests")
        } catch {
            // Valid JSON that is not an object (a bare list, say) is simply not a requests file.
            if (try? JSONParser.parse(bytes)) != nil { throw .unreadable("it does not say \"format\": \"\(format)\"") }
            throw .unreadable("it is not valid JSON (\(error.message))")
        }
        let root = JSONValue.object(parsed.members)
        guard case .string(format)? = root["format"] else {
            throw .unreadable("it does not say \"format\": \"\(format)\"")
        }
        guard case .number(let text)? = root["version"], let version = Int(text) else {
            throw .unreadable("it has no whole-number \"version\"")
        }
        if version > Self.version { throw .newerVersion(version) }
        guard let elements = parsed.elements else {
            throw .unreadable("it has no \"requests\" list")
        }
        var document = ConsultRequestsDocument()
        for (index, element) in elements.enumerated() {
            switch element {
            case .value(let value): document.requests.append(value)
            case .unreadable(let raw, let reason):
                document.unreadable.append(UnreadableEntry(position: index + 1, raw: raw, reason: reason))
            }
        }
        return document
    }

    /// Indented, members in stored order: for `requests export --format json`.
    static func encoded(requests: [JSONValue]) -> [UInt8] {
        let root = JSONValue.object([
            JSONMember(key: "format", value: .string(format)),
            JSONMember(key: "version", value: .number(String(version))),
            JSONMember(key: "requests", value: .array(requests)),
        ])
        return JSONWriter.pretty(root) + [0x0A]
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The one JSON style Pamphlet writes with Foundation's encoder.
enum JSONCoding {
    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Only strings, numbers and containers are encoded here; none can fail.
        return try! encoder.encode(value)
    }

    /// One line, keys sorted: a line of the requests journal.
    static func encodeLine(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try! encoder.encode(value))
    }
}
