import Foundation

/// JSON for scripts: stable key order, pretty-printed, one document per command.
enum JSONOutput {
    static func print<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        // Strings inside were sanitized when the rows were built; JSON escapes the rest.
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}
