/// Any JSON value, kept as it was read.
///
/// Numbers keep their text (`12345678901234567890` and `1.0` stay exactly
/// that), objects keep their members in order, so an entry written by
/// another tool is written back byte for byte in meaning: Pamphlet never
/// rounds a number it does not use or drops a field it does not know.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number's text as it appeared in the input (valid JSON number syntax).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// Sets (or adds, at the end) the member `key` of an object; other values are left alone.
    public mutating func set(_ key: String, to value: JSONValue) {
        guard case .object(var members) = self else { return }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append(JSONMember(key: key, value: value))
        }
        self = .object(members)
    }
}

/// One member of a JSON object, in the order it was read.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue

    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}
