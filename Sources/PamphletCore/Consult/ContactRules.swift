/// What makes a name, a phone number or an email address acceptable.
/// Pure functions of the trimmed text; the messages say how to fix it.
enum ContactRules {
    /// A name in any script needs at least one letter: this turns away input
    /// made only of combining marks, digits, punctuation or invisible characters.
    static func nameProblem(_ name: String) -> String? {
        if name.isEmpty { return tr("Please enter your name.") }
        let hasLetter = name.unicodeScalars.contains { $0.properties.isAlphabetic && !$0.properties.generalCategory.isMark }
        return hasLetter ? nil : tr("A name needs at least one letter.")
    }

    static let phonePunctuation: Set<Character> = ["+", "(", ")", "-", ".", " "]

    /// Digits 0-9 with the usual separators; a + only in front; 7 to 15 digits
    /// (15 is the longest international number, E.164).
    static func phoneProblem(_ phone: String) -> String? {
        let allowed = phone.allSatisfy { $0.isASCII && ($0.isNumber || phonePunctuation.contains($0)) }
        if !allowed || phone.dropFirst().contains("+") {
            return tr("Use the digits 0-9, with + ( ) - . or spaces if you like.")
        }
        let digits = phone.filter(\.isNumber).count
        if digits < 7 || digits > 15 { return tr("A phone number has 7 to 15 digits.") }
        return nil
    }

    static var emailAdvice: String { tr("Enter an email address like name@example.org.") }

    /// A sensible local@domain.tld: no spaces, one @, a dotted domain of
    /// letters, digits and hyphens whose last label has a letter.
    /// Quoted local parts and IP-literal domains are not accepted.
    static func emailProblem(_ email: String) -> String? {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, isValidLocalPart(parts[0]), isValidDomain(parts[1]) else {
            return emailAdvice
        }
        return nil
    }

    private static let localPartExcluded: Set<Character> = ["\"", "(", ")", ",", ":", ";", "<", ">", "[", "\\", "]"]

    private static func isValidLocalPart(_ local: Substring) -> Bool {
        !local.isEmpty && local.utf8.count <= 64
            && !local.hasPrefix(".") && !local.hasSuffix(".") && !local.contains("..")
            && local.allSatisfy { !$0.isWhitespace && !localPartExcluded.contains($0) }
    }

    private static func isValidDomain(_ domain: Substring) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, last.count >= 2,
              last.contains(where: \.isLetter) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }
}

extension Unicode.GeneralCategory {
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
