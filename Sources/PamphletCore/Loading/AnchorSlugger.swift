/// Makes GitHub-style heading anchors, unique within one article.
///
/// Follows github-slugger: lowercase; drop every character that is not a letter,
/// mark, number, connector punctuation (`_`), space or `-`; spaces become `-`.
/// A repeated slug gets `-1`, `-2`, ... in document order, skipping any suffixed
/// form an earlier heading already took.
public struct AnchorSlugger: Sendable {
    private var taken: Set<String> = []

    public init() {}

    /// The anchor for the next heading titled `title`, reserving it.
    public mutating func anchor(for title: String) -> String {
        let base = Self.slug(title)
        var candidate = base
        var suffix = 0
        while taken.contains(candidate) {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        taken.insert(candidate)
        return candidate
    }

    /// The slug of one heading, without de-duplication.
    public static func slug(_ title: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in title.lowercased().unicodeScalars {
            if scalar == " " {
                out.append("-")
            } else if scalar == "-" || keepsInSlug(scalar.properties.generalCategory) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func keepsInSlug(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
