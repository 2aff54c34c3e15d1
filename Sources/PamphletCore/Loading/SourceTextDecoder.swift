/// Turns an article file's bytes into text, rejecting what is not a UTF-8 text file.
///
/// Checks, in order: NUL bytes (a binary file), UTF-8 validity, emptiness.
/// Line endings become `\n` (CRLF and lone CR alike, matching how cmark counts
/// lines), and a leading byte-order mark is dropped.
enum SourceTextDecoder {
    static func decode(_ bytes: [UInt8], path: String) throws(Diagnostic) -> String {
        if let nul = bytes.firstIndex(of: 0) {
            throw Diagnostic(path: path, line: lineNumber(at: nul, in: bytes),
                             message: "binary file (NUL byte), not a Markdown article")
        }
        if let bad = firstInvalidUTF8Offset(bytes) {
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            throw Diagnostic(path: path, line: lineNumber(at: bad, in: bytes),
                             message: "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)); save the file as UTF-8")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.allSatisfy(\.isWhitespace) {
            throw Diagnostic(path: path, line: 1,
                             message: "empty file; an article needs front matter with a title")
        }
        return normalizingLineEndings(text)
    }

    /// Byte offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// 1-based line of a byte offset, counting `\n`, `\r\n` and lone `\r` as line ends.
    static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < offset {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
            }
            index += 1
        }
        return line
    }

    private static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        // "\r\n" is a single Character in Swift, so this replaces it and lone "\r" alike.
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            out.append(character == "\r\n" || character == "\r" ? "\n" : character)
        }
        return out
    }
}
