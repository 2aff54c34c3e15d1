/// Why some bytes are not the JSON Pamphlet accepts: where, and what is wrong.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 0-based byte offset into the text parsed.
    public var offset: Int
    public var message: String
    public var description: String { message }
}

/// A strict RFC 8259 reader that keeps what it read (see `JSONValue`).
///
/// Stricter than Foundation's decoder where that matters for data a clinic
/// relies on: a key given twice is an error (Foundation keeps the first,
/// Python and JavaScript the last, so two tools would read different
/// requests), invalid UTF-8 and lone surrogates are errors rather than
/// U+FFFD, and nesting deeper than `maximumDepth` is refused without
/// recursing further. Numbers are checked for syntax and kept as text.
public struct JSONParser {
    public static let defaultMaximumDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private let maximumDepth: Int

    private init(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    /// Parses exactly one value; anything but white space after it is an error.
    public static func parse(_ bytes: some Collection<UInt8>, maximumDepth: Int = defaultMaximumDepth) throws(JSONParseError) -> JSONValue {
        try withBuffer(bytes) { buffer throws(JSONParseError) in
            var parser = JSONParser(buffer, maximumDepth: maximumDepth)
            return try parser.parseDocument()
        }
    }

    /// Runs `body` over the bytes as one contiguous buffer (copied only when they are not).
    static func withBuffer<T>(_ bytes: some Collection<UInt8>,
                              _ body: (UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> T) throws(JSONParseError) -> T {
        let outcome: Result<T, JSONParseError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONParseError) in try body(buffer) }
        }
        if let outcome { return try outcome.get() }
        return try Array(bytes).withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) in try body(buffer) }
        }.get()
    }

    private mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhiteSpace()
        let value = try parseValue(depth: 0)
        skipWhiteSpace()
        if position < bytes.count { throw failure("unexpected text after the JSON value") }
        return value
    }

    private func failure(_ message: String) -> JSONParseError {
        JSONParseError(offset: position, message: message + " at byte \(position + 1)")
    }

    private mutating func skipWhiteSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard position < bytes.count else { throw failure("the text ends where a value should be") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw failure("unexpected character")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw failure("unexpected character") }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] {
            throw failure("unexpected character")
        }
        position += count
    }

    private mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
        if depth > maximumDepth { throw failure("values are nested more than \(maximumDepth) deep") }
        position += 1
        var members: [JSONMember] = []
        skipWhiteSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhiteSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a key in quotes") }
            let keyStart = position
            let key = try parseString()
            // Lengths first: comparing unequal Strings is slow, and most keys differ in length.
            let keyLength = key.utf8.count
            if members.contains(where: { $0.key.utf8.count == keyLength && $0.key == key }) {
                throw JSONParseError(offset: keyStart, message: "the key \"\(Self.printable(key))\" appears twice in one object at byte \(keyStart + 1)")
            }
            skipWhiteSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':'") }
            position += 1
            skipWhiteSpace()
            members.append(JSONMember(key: key, value: try parseValue(depth: depth)))
            skipWhiteSpace()
            guard position < bytes.count else { throw failure("the text ends inside an object") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return .object(members)
            default: throw failure("expected ',' or '}'")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
        if depth > maximumDepth { throw failure("values are nested more than \(maximumDepth) deep") }
        position += 1
        var elements: [JSONValue] = []
        skipWhiteSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhiteSpace()
            elements.append(try parseValue(depth: depth))
            skipWhiteSpace()
            guard position < bytes.count else { throw failure("the text ends inside a list") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .array(elements)
            default: throw failure("expected ',' or ']'")
            }
        }
    }

    private mutating func parseNumber() throws(JSONParseError) -> String {
        let start = position
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.position
            while parser.position < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.position]) {
                parser.position += 1
            }
            return parser.position - from
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        if position < bytes.count, bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else if digits(&self) == 0 {
            throw failure("a number needs digits")
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            if digits(&self) == 0 { throw failure("a number needs digits after '.'") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            if digits(&self) == 0 { throw failure("a number needs digits in its exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        position += 1
        let start = position
        // Fast path: no escapes, so the text is the bytes themselves (once checked as UTF-8).
        var highBits: UInt8 = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                return try Self.exactString(slice, highBits: highBits, start: start)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure("a control character must be escaped in a string") }
            highBits |= byte
            position += 1
        }
        var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: decoded, as: UTF8.self) else {
                    throw JSONParseError(offset: start, message: "a string is not valid UTF-8 at byte \(start + 1)")
                }
                return text
            case UInt8(ascii: "\\"):
                try decodeEscape(into: &decoded)
            case 0..<0x20:
                position -= 1
                throw failure("a control character must be escaped in a string")
            default:
                decoded.append(byte)
            }
        }
        throw failure("the text ends inside a string")
    }

    /// The bytes as a String, refusing invalid UTF-8 rather than repairing it.
    /// `String(validating:)` is generic and instantiates metadata at every call
    /// (a quarter of reading a large requests file); `String(decoding:)` over a
    /// buffer is specialised, and a repaired text never equals its bytes.
    private static func exactString(_ slice: UnsafeBufferPointer<UInt8>, highBits: UInt8,
                                    start: Int) throws(JSONParseError) -> String {
        let text = String(decoding: slice, as: UTF8.self)
        if highBits & 0x80 != 0, !text.utf8.elementsEqual(slice) {
            throw JSONParseError(offset: start, message: "a string is not valid UTF-8 at byte \(start + 1)")
        }
        return text
    }

    private mutating func decodeEscape(into decoded: inout [UInt8]) throws(JSONParseError) {
        guard position < bytes.count else { throw failure("the text ends inside a string") }
        let letter = bytes[position]
        position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad()
            if (0xD800...0xDBFF).contains(scalar) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                    throw failure("a \\u escape is half of a surrogate pair")
                }
                position += 2
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure("a \\u escape is half of a surrogate pair") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw failure("a \\u escape is half of a surrogate pair")
            }
            decoded.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        default:
            position -= 1
            throw failure("unknown escape in a string")
        }
    }

    private mutating func hexQuad() throws(JSONParseError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("a \\u escape needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// A key as it may be shown in a message: controls escaped, at most 40 characters.
    static func printable(_ key: String) -> String {
        String(key.unicodeScalars.prefix(40).map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
    }
}

extension JSONParser {
    /// Where the value starting at `start` ends (one past its last byte), found without
    /// building it or recursing, so that a list entry too deep or otherwise unreadable
    /// can be set aside alone. nil when the brackets or strings never close.
    static func endOfValue(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var position = start
        var depth = 0
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
                    position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard position < bytes.count else { return nil }
                if depth == 0 { return position + 1 }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth == 0 { return position }
                depth -= 1
                if depth == 0 { return position + 1 }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                if depth == 0 { return position }
            default:
                break
            }
            position += 1
        }
        return depth == 0 ? position : nil
    }
}

extension JSONParser {
    /// One element of a list read by `parseIsolatingElements`: its value, or its
    /// raw text and why it could not be read.
    enum IsolatedElement {
        case value(JSONValue)
        case unreadable(raw: [UInt8], reason: String)
    }

    /// Parses a top-level object like `parse`, except that each element of the list
    /// under `key` is parsed on its own: one element that is too deep, repeats a key
    /// or is otherwise bad is returned as raw text, and the others still read.
    /// The object's own members come back without that list.
    static func parseIsolatingElements(_ bytes: some Collection<UInt8>, ofListAt key: String)
        throws(JSONParseError) -> (members: [JSONMember], elements: [IsolatedElement]?) {
        try withBuffer(bytes) { buffer throws(JSONParseError) in
            var parser = JSONParser(buffer, maximumDepth: defaultMaximumDepth)
            return try parser.parseObjectIsolating(key)
        }
    }

    private mutating func parseObjectIsolating(_ listKey: String) throws(JSONParseError) -> ([JSONMember], [IsolatedElement]?) {
        skipWhiteSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "{") else { throw failure("expected an object") }
        position += 1
        var members: [JSONMember] = []
        var elements: [IsolatedElement]?
        var keys: Set<String> = []
        skipWhiteSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
        } else {
            loop: while true {
                skipWhiteSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a key in quotes") }
                let key = try parseString()
                guard keys.insert(key).inserted else { throw failure("the key \"\(Self.printable(key))\" appears twice in one object") }
                skipWhiteSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':'") }
                position += 1
                skipWhiteSpace()
                if key == listKey, position < bytes.count, bytes[position] == UInt8(ascii: "[") {
                    elements = try parseListIsolating()
                } else {
                    members.append(JSONMember(key: key, value: try parseValue(depth: 1)))
                }
                skipWhiteSpace()
                guard position < bytes.count else { throw failure("the text ends inside an object") }
                switch bytes[position] {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "}"): position += 1; break loop
                default: throw failure("expected ',' or '}'")
                }
            }
        }
        skipWhiteSpace()
        if position < bytes.count { throw failure("unexpected text after the JSON value") }
        return (members, elements)
    }

    private mutating func parseListIsolating() throws(JSONParseError) -> [IsolatedElement] {
        position += 1
        var elements: [IsolatedElement] = []
        skipWhiteSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return elements
        }
        while true {
            skipWhiteSpace()
            let start = position
            do {
                elements.append(.value(try parseValue(depth: 1)))
            } catch {
                guard let end = Self.endOfValue(in: bytes, from: start), end > start else { throw error }
                elements.append(.unreadable(raw: Array(UnsafeBufferPointer(rebasing: bytes[start..<end])), reason: error.message))
                position = end
            }
            skipWhiteSpace()
            guard position < bytes.count else { throw failure("the text ends inside a list") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return elements
            default: throw failure("expected ',' or ']'")
            }
        }
    }
}
