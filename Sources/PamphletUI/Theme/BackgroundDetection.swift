#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Telling a light terminal from a dark one, as glow and bat do: the terminal's own
/// answer to "what is your background?" (OSC 11), else the `COLORFGBG` that rxvt and
/// Konsole set, else dark. The reading of each answer is here, pure; asking the
/// terminal is `PamphletTerminal`'s.
extension ThemeBackground {
    /// From an OSC 11 reply, `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ended by BEL or ST; channels
    /// may have 1 to 4 hex digits. Light when the colour's relative luminance is over 0.5.
    public init?(osc11Reply reply: [UInt8]) {
        let text = String(decoding: reply, as: UTF8.self)
        guard let start = text.range(of: "]11;rgb:") else { return nil }
        let channels = text[start.upperBound...].prefix { $0.isHexDigit || $0 == "/" }.split(separator: "/")
        guard channels.count == 3 else { return nil }
        var values: [Double] = []
        for channel in channels {
            guard (1...4).contains(channel.count), let value = Int(channel, radix: 16) else { return nil }
            values.append(Double(value) / Double((1 << (4 * channel.count)) - 1))
        }
        self = Self.relativeLuminance(red: values[0], green: values[1], blue: values[2]) > 0.5 ? .light : .dark
    }

    /// From `COLORFGBG` ("15;0", or "default;default;0"): the last field is the
    /// background's ANSI colour number; 7 (white) and 9-15 (the bright ones but bright
    /// black, 8) are light.
    public init?(colorfgbg: String) {
        guard let last = colorfgbg.split(separator: ";").last, let number = Int(last), (0...15).contains(number) else {
            return nil
        }
        self = number == 7 || number >= 9 ? .light : .dark
    }

    /// WCAG 2's relative luminance of an sRGB colour (channels 0...1).
    public static func relativeLuminance(red: Double, green: Double, blue: Double) -> Double {
        func linear(_ channel: Double) -> Double {
            channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }
}
