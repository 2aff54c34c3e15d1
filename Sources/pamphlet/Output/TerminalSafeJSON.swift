import PamphletCore

/// JSON text in which every character a terminal might obey is written as a
/// `\uXXXX` escape. The JSON means exactly the same, so exports stay exact,
/// but C1 controls, bidi overrides and line separators inside strings can no
/// longer act on the terminal it is printed to. (JSONEncoder already escapes
/// C0 controls.)
enum TerminalSafeJSON {
    static func escape(_ json: [UInt8]) -> String {
        var out = String()
        out.reserveCapacity(json.count)
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            if isUnsafe(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F, 0x80...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
