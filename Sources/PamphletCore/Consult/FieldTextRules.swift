/// Rules every text field shares: a length cap and no control characters.
///
/// Control characters are rejected, not stripped: what is saved is exactly
/// what the patient reviewed, and the form's editor never inserts them from
/// typing, so only pasted or scripted input (the CLI, `--json`) meets this.
/// Rejected: C0 controls (the message keeps newline, carriage return and
/// tab), DEL, C1 controls, bidi embeddings/overrides/isolates (which can make
/// text display in another order than it reads) and the line/paragraph
/// separators. Joiners (ZWJ, ZWNJ) and the weak marks (LRM, RLM) stay, as
/// names in Persian, Arabic or Indic scripts need them.
enum FieldTextRules {
    /// The first problem with `text` as the value of `field`, if any.
    static func problem(in text: String, for field: ConsultField) -> FieldError? {
        if isTooLong(text, limit: field.maximumLength) {
            return FieldError(field, tr("Too long: at most %1$s characters.", localizedCount(field.maximumLength)))
        }
        if text.unicodeScalars.contains(where: { isForbidden($0, multiline: field.isMultiline) }) {
            return FieldError(field, tr("Contains a control character; please retype it without it."))
        }
        return nil
    }

    /// Counts characters as a person sees them (grapheme clusters), but gives
    /// up early on huge input so a 1 MB paste costs no more than its bytes.
    static func isTooLong(_ text: String, limit: Int) -> Bool {
        let bytes = text.utf8.count
        if bytes <= limit { return false }
        // No character is shorter than one byte; clusters longer than 16 bytes are exotic.
        if bytes > limit * 16 { return true }
        return text.count > limit
    }

    static func isForbidden(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x09: return !multiline
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        case 0x2028, 0x2029: return true
        default: return false
        }
    }
}
