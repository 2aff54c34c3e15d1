import PamphletCore

/// JSON text in which every character a terminal might obey is written as a
/// `\uXXXX` escape. The JSON means exactly the same, so exports stay exact,
/// but C1 controls, bidi overrides and line separators inside strings can no
/// longer act on the terminal it is printed to. (JSONEncoder already escapes
/// C0 controls.)
enum TerminalSafeJSON {
    static func escape(_ json: [UInt8]) -> String {
        // Byte by byte: every character it escapes starts with 0x7F, 0xC2 (C1) or 0xE2
        // (U+2028-U+202E, U+2066-U+2069), so most of a 20 MB export is copied as it is.
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 64)
        var index = 0
        let count = json.count
        while index < count {
            let byte = json[index]
            if byte != 0x7F && byte != 0xC2 && byte != 0xE2 {
                out.append(byte)
                index += 1
                continue
            }
            let length = byte == 0x7F ? 1 : (byte == 0xC2 ? 2 : 3)
            guard index + length <= count,
                  let scalar = String(decoding: json[index..<(index + length)], as: UTF8.self).unicodeScalars.first,
                  isUnsafe(scalar) else {
                out.append(byte)
                index += 1
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: false)
            out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            index += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F, 0x80...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
