#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The requests file: `{"format": "pamphlet-consult-requests", "version": 1, "requests": [...]}`.
///
/// Requests are held as the JSON they were read as, so a rewrite keeps
/// fields and values Pamphlet does not know (see `JSONValue`).
struct ConsultRequestsDocument: Sendable, Equatable {
    static let format = "pamphlet-consult-requests"
    static let version = 1

    var requests: [JSONValue] = []

    enum Problem: Error, Equatable {
        /// Not JSON, or JSON that is not a requests file: safe to move aside.
        case unreadable(String)
        /// A later Pamphlet wrote it; this one must neither rewrite nor move it.
        case newerVersion(Int)
    }

    static func parse(_ bytes: [UInt8]) throws(Problem) -> ConsultRequestsDocument {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        } catch {
            throw .unreadable("it is not valid JSON")
        }
        guard case .string(format)? = root["format"] else {
            throw .unreadable("it does not say \"format\": \"\(format)\"")
        }
        guard case .integer(let version)? = root["version"] else {
            throw .unreadable("it has no whole-number \"version\"")
        }
        if version > Int64(Self.version) { throw .newerVersion(Int(version)) }
        guard case .array(let requests)? = root["requests"] else {
            throw .unreadable("it has no \"requests\" list")
        }
        return ConsultRequestsDocument(requests: requests)
    }

    /// Pretty-printed with sorted keys, so the file diffs well and reads well.
    func encoded() -> [UInt8] {
        let root = JSONValue.object([
            "format": .string(Self.format),
            "version": .integer(Int64(Self.version)),
            "requests": .array(requests),
        ])
        return Array(JSONCoding.encode(root)) + [0x0A]
    }
}

/// The one JSON style Pamphlet writes.
enum JSONCoding {
    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Only strings, numbers and containers are encoded here; none can fail.
        return try! encoder.encode(value)
    }

    static func asJSONValue(_ value: some Encodable) -> JSONValue {
        try! JSONDecoder().decode(JSONValue.self, from: encode(value))
    }
}
