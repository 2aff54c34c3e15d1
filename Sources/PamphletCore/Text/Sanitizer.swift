/// Makes untrusted text (article files, form input, anything quoted in an error)
/// safe to send to a terminal. Every path to the terminal goes through it.
///
/// What it replaces, with what:
/// - C0 controls other than newline and tab: the matching Control Pictures
///   character, so ESC shows as "␛", BEL as "␇", CR as "␍", BS as "␈";
///   DEL as "␡". A terminal never sees the control, so `ESC[2J`, OSC 52
///   clipboard writes, `\r` overwrites and `\b` erasures show as inert text.
/// - C1 controls (U+0080–U+009F, which some terminals obey like ESC + letter,
///   e.g. U+009B as CSI): U+FFFD "�". Unicode has no pictures for them.
/// - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
///   which can make text display in a different order from how it reads
///   ("Trojan Source"): shown, not obeyed, as their abbreviation in angle
///   brackets, e.g. "⟨RLO⟩". The weak marks LRM, RLM and ALM stay: they only
///   nudge neutral characters and are needed in Arabic and Hebrew text.
/// - Line and paragraph separators (U+2028, U+2029): "⟨LS⟩", "⟨PS⟩", so they
///   cannot break a line the layout did not plan.
/// - Invalid UTF-8 (see `clean(bytes:)`): U+FFFD, as Swift's decoder does.
///   A `String` cannot hold lone surrogates, so decoding is where they go.
///
/// Newline and tab are kept: splitting lines and expanding tabs is layout's job.
public enum Sanitizer {
    /// The text with every unsafe character replaced by its placeholder.
    /// Returns the same string, without copying, when there is nothing to replace.
    public static func clean(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var output = String()
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if let placeholder = placeholder(for: scalar) {
                output += placeholder
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Decodes bytes as UTF-8, invalid sequences becoming U+FFFD, and cleans the result.
    public static func clean(bytes: some Sequence<UInt8>) -> String {
        clean(String(decoding: Array(bytes), as: UTF8.self))
    }

    /// The cleaned text as spans: runs of `role`, and each placeholder as its own
    /// `.replaced` span so that a front end can mark it.
    public static func spans(_ text: String, role: SpanRole = .body) -> [Span] {
        guard needsCleaning(text) else { return text.isEmpty ? [] : [Span(text, role)] }
        var spans: [Span] = []
        var run = String()
        for scalar in text.unicodeScalars {
            if let placeholder = placeholder(for: scalar) {
                if !run.isEmpty { spans.append(Span(run, role)); run = "" }
                spans.append(Span(placeholder, .replaced))
            } else {
                run.unicodeScalars.append(scalar)
            }
        }
        if !run.isEmpty { spans.append(Span(run, role)) }
        return spans
    }

    /// Every character `clean` would replace, with where it is, for `pamphlet check`.
    public static func findings(in text: String) -> [Finding] {
        guard needsCleaning(text) else { return [] }
        var findings: [Finding] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if let placeholder = placeholder(for: scalar) {
                findings.append(Finding(scalar: scalar, line: line, column: column, placeholder: placeholder))
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return findings
    }

    /// True when `clean` would change the text.
    public static func needsCleaning(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(holdsReplaced) { return found }
        return text.unicodeScalars.contains { placeholder(for: $0) != nil }
    }

    /// One pass over the bytes: a C0 control or DEL replaced as ASCII, and only
    /// when there is non-ASCII text the scan for C1 and format characters.
    /// Iterating `String.UTF8View` byte by byte cost about ten instructions a
    /// byte, and every cell and line of `requests list` is checked; eight bytes
    /// are tested at a time, since a library screen checks 10,000 titles and summaries.
    private static func holdsReplaced(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawNonASCII = false
        let raw = UnsafeRawBufferPointer(utf8)
        var index = 0
        while index + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & highBits == 0 && !anyByte(of: word, below: 0x20) && !anyByte(of: word ^ (lowBits &* 0x7F), below: 1) {
                index += 8   // plain ASCII, no control and no DEL
                continue
            }
            for byte in utf8[index..<(index + 8)] {
                if isReplaced(byte, sawNonASCII: &sawNonASCII) { return true }
            }
            index += 8
        }
        for byte in utf8[index...] where isReplaced(byte, sawNonASCII: &sawNonASCII) { return true }
        return sawNonASCII && holdsReplacedNonASCII(utf8)
    }

    private static let lowBits: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word`, all of whose bytes are ASCII, is below `limit` (at most 0x80).
    @inline(__always)
    private static func anyByte(of word: UInt64, below limit: UInt64) -> Bool {
        (word &- lowBits &* limit) & ~word & highBits != 0
    }

    /// A C0 control other than tab and line feed, or DEL; notes a non-ASCII byte.
    @inline(__always)
    private static func isReplaced(_ byte: UInt8, sawNonASCII: inout Bool) -> Bool {
        if byte >= 0x80 {
            sawNonASCII = true
            return false
        }
        return (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F
    }

    /// Whether valid UTF-8 holds a C1 control (C2 80-9F) or one of the named
    /// format characters (U+2028-202E: E2 80 A8-AE; U+2066-2069: E2 81 A6-A9),
    /// found from the bytes: decoding every scalar of every name and message
    /// was most of the cost of `requests list` on a large file.
    private static func holdsReplacedNonASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < utf8.count {
            switch utf8[index] {
            case 0xC2 where utf8[index + 1] >= 0x80 && utf8[index + 1] < 0xA0:
                return true
            case 0xE2 where index + 2 < utf8.count:
                let second = utf8[index + 1], third = utf8[index + 2]
                if (second == 0x80 && third >= 0xA8 && third <= 0xAE) || (second == 0x81 && third >= 0xA6 && third <= 0xA9) {
                    return true
                }
            default:
                break
            }
            index += 1
        }
        return false
    }

    /// What `clean` puts in place of `scalar`, or nil when the scalar is safe as it is.
    public static func placeholder(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x0A, 0x09:
            return nil
        case 0x00..<0x20:
            return String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F:
            return "\u{2421}"
        case 0x80..<0xA0:
            return "\u{FFFD}"
        default:
            guard let name = formatCharacterNames[scalar.value] else { return nil }
            return "⟨\(name)⟩"
        }
    }

    /// One replaced character: what it was and where (1-based line and column,
    /// counted in Unicode scalars within the text given to `findings(in:)`).
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public var scalar: Unicode.Scalar
        public var line: Int
        public var column: Int
        public var placeholder: String

        /// A short name a person can act on, e.g. "ESC (U+001B)".
        public var name: String {
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            if scalar.value < 0x20 { return "\(c0Names[Int(scalar.value)]) (\(code))" }
            if scalar.value == 0x7F { return "DEL (\(code))" }
            if scalar.value < 0xA0 { return "C1 control (\(code))" }
            if let name = formatCharacterNames[scalar.value] { return "\(name) (\(code))" }
            return code
        }

        public var description: String { "\(line):\(column): \(name) shown as \(placeholder)" }
    }

    private static let c0Names = [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
        "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
    ]

    /// Invisible characters that change how surrounding text is shown.
    private static let formatCharacterNames: [UInt32: String] = [
        0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
        0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
        0x2028: "LS", 0x2029: "PS",
    ]
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
