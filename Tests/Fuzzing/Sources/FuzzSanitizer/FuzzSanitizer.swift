import PamphletCore

/// Arbitrary bytes through `Sanitizer.clean(bytes:)`, then `clean(_:)` and `spans`.
///
/// Asserts: the output holds no C0 control but newline and tab, no DEL, no C1
/// control, no bidi embedding/override/isolate and no line/paragraph separator;
/// cleaning is idempotent; `needsCleaning` agrees with `clean`; the spans join
/// to the cleaned text; every finding names a character `clean` replaces.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSanitizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let cleaned = Sanitizer.clean(bytes: bytes)

    for scalar in cleaned.unicodeScalars where isUnsafe(scalar) {
        fatalError("unsafe scalar U+\(String(scalar.value, radix: 16)) survived cleaning")
    }
    precondition(Sanitizer.clean(cleaned) == cleaned, "clean is not idempotent")
    precondition(!Sanitizer.needsCleaning(cleaned), "needsCleaning is true for cleaned text")

    // The same text decoded without cleaning: the string-level API must agree.
    let decoded = String(decoding: bytes, as: UTF8.self)
    precondition(Sanitizer.clean(decoded) == cleaned, "clean(bytes:) and clean(_:) disagree")
    precondition(Sanitizer.needsCleaning(decoded) == (cleaned != decoded), "needsCleaning disagrees with clean")
    precondition(Sanitizer.spans(decoded).map(\.text).joined() == cleaned, "spans do not join to the cleaned text")
    let findings = Sanitizer.findings(in: decoded)
    precondition(findings.allSatisfy { Sanitizer.placeholder(for: $0.scalar) == $0.placeholder },
                 "a finding names a character clean keeps")
    precondition(findings.isEmpty == (cleaned == decoded), "findings disagree with clean")
    return 0
}

/// What no cleaned text may contain, written out independently of the sanitizer's own table.
private func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00...0x1F, 0x7F, 0x80...0x9F: true
    case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
    default: false
    }
}
