import PamphletCore

/// Arbitrary bytes through `ConsultForm.fromJSON`, then `validate()`.
///
/// Asserts: reading either gives a form or a `ConsultJSONError` with a message
/// (never a trap);
/// validation is pure (same answer twice), gives at most one error per field,
/// lists them in form order, and rejects any text field holding a control character.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConsultJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let form: ConsultForm
    do {
        form = try ConsultForm.fromJSON(bytes)
    } catch {
        precondition(!error.description.isEmpty, "an empty error message")
        return 0
    }

    let errors = form.validate()
    precondition(errors == form.validate(), "validate() is not pure")
    let fields = errors.map(\.field)
    precondition(Set(fields).count == fields.count, "two errors for one field")
    let order = ConsultField.allCases
    precondition(fields == fields.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! },
                 "errors out of form order")

    for field in ConsultField.allCases where field != .consent && field != .contactMethod {
        let text = form.text(of: field)
        if text.unicodeScalars.contains(where: { isControl($0, multiline: field.isMultiline) }) {
            precondition(fields.contains(field), "\(field) holds a control character but passed validation")
        }
        if text.count > field.maximumLength {
            precondition(fields.contains(field), "\(field) is over its length cap but passed validation")
        }
    }
    return 0
}

/// Controls and bidi overrides that no field may hold; the message may hold line breaks and tabs.
private func isControl(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0D, 0x09: !multiline
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
    default: false
    }
}
