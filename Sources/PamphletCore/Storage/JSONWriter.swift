/// Writes `JSONValue`s: compact (one line, for the journal) or indented (for people).
///
/// Numbers are written as the text they were read as; strings escape `"`,
/// `\` and every control character, so a compact value never holds a line
/// break and one value is always one line of a JSON Lines file.
public enum JSONWriter {
    public static func compact(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(512)
        write(value, into: &output, indent: nil)
        return output
    }

    /// Two spaces per level, `"key": value`, members in their stored order.
    public static func pretty(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        write(value, into: &output, indent: 0)
        return output
    }

    static func write(_ value: JSONValue, into output: inout [UInt8], indent: Int?) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): output.append(contentsOf: text.utf8)
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            writeContainer(open: "[", close: "]", count: elements.count, into: &output, indent: indent) { index, output, inner in
                write(elements[index], into: &output, indent: inner)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, into: &output, indent: indent) { index, output, inner in
                writeString(members[index].key, into: &output)
                output.append(contentsOf: (inner == nil ? ":" : ": ").utf8)
                write(members[index].value, into: &output, indent: inner)
            }
        }
    }

    private static func writeContainer(open: Character, close: Character, count: Int, into output: inout [UInt8], indent: Int?,
                                       element: (Int, inout [UInt8], Int?) -> Void) {
        output.append(open.asciiValue!)
        guard count > 0 else { output.append(close.asciiValue!); return }
        let inner = indent.map { $0 + 1 }
        for index in 0..<count {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            if let inner { newLine(inner, into: &output) }
            element(index, &output, inner)
        }
        if let indent { newLine(indent, into: &output) }
        output.append(close.asciiValue!)
    }

    private static func newLine(_ level: Int, into output: inout [UInt8]) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
    }

    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: "\\u00".utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
