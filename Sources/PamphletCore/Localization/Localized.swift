/// The one door through which Pamphlet's own words reach a person. Every call's
/// message is a plain string literal, so `make pot` (xgettext) finds it; arguments
/// are filled into positional placeholders (`%1$s`, `%2$s`, or `%s` in order) that a
/// translator may reorder. Numbers arrive already formatted (`localizedCount`).
///
/// English is the source language: its text is the literal itself and gettext is not
/// asked, which keeps start-up and first paint as they were.

/// A sentence in the current language: `tr("Saved %1$s.", reference)`.
public func tr(_ message: String, _ arguments: String...) -> String {
    MessageFormat.fill(Localization.translate(message), arguments)
}

/// A sentence whose words depend on a count: `trn("%1$s word", "%1$s words", n, localizedCount(n))`.
public func trn(_ singular: String, _ plural: String, _ count: Int, _ arguments: String...) -> String {
    MessageFormat.fill(Localization.translate(singular, plural: plural, count: count), arguments)
}

/// A short word whose translation depends on where it is shown: `trc("form field", "Topic")`.
public func trc(_ context: String, _ message: String, _ arguments: String...) -> String {
    MessageFormat.fill(Localization.translate(message, context: context), arguments)
}

/// 1163 → "1,163" in English, "1.163" in Spanish.
public func localizedCount(_ number: Int) -> String {
    groupedDigits(number, separator: Localization.language.digitGroupSeparator)
}

/// Fills `%s`, `%N$s` and `%%` in a translated message; anything else stays as written.
enum MessageFormat {
    static func fill(_ format: String, _ arguments: [String]) -> String {
        guard format.utf8.contains(UInt8(ascii: "%")) else { return format }
        var out = ""
        var next = 0
        var rest = Substring(format)
        while let percent = rest.firstIndex(of: "%") {
            out += rest[..<percent]
            let afterPercent = rest.index(after: percent)
            guard afterPercent < rest.endIndex else { out.append("%"); rest = ""; break }
            if rest[afterPercent] == "%" {
                out.append("%")
                rest = rest[rest.index(after: afterPercent)...]
            } else if rest[afterPercent] == "s" {
                out += next < arguments.count ? arguments[next] : ""
                next += 1
                rest = rest[rest.index(after: afterPercent)...]
            } else if let (position, end) = positional(rest[afterPercent...]) {
                out += position <= arguments.count ? arguments[position - 1] : ""
                rest = rest[end...]
            } else {
                out.append("%")
                rest = rest[afterPercent...]
            }
        }
        return out + rest
    }

    /// "2$s…" → (2, index after "s").
    private static func positional(_ text: Substring) -> (Int, Substring.Index)? {
        let digits = text.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, let position = Int(digits), position > 0 else { return nil }
        let dollar = digits.endIndex
        guard dollar < text.endIndex, text[dollar] == "$" else { return nil }
        let letter = text.index(after: dollar)
        guard letter < text.endIndex, text[letter] == "s" else { return nil }
        return (position, text.index(after: letter))
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
