#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The crisis-language file (`crisis-language.txt` in the library folder): the phrases
/// that show crisis help first. Its format is described at the top of the shipped file,
/// `Articles/crisis-language.txt`; a library without the file uses the same built-in list.
public struct CrisisLanguage: Sendable, Equatable {
    public static let fileName = "crisis-language.txt"
    /// Languages with a section of their own (and a stemmer in libstemmer).
    public static let languages: Set<String> = ["en", "es"]
    /// A shorter prefix (`sui*`) would match ordinary words.
    static let shortestPrefix = 4
    /// More words than this would hardly ever all be typed near each other.
    static let longestLine = 8

    public private(set) var patterns: [CrisisPattern]

    public init(patterns: [CrisisPattern] = []) { self.patterns = patterns }

    /// Parses the file's text; every line it cannot read is one diagnostic with its line.
    public init(parsing text: String, path: String = fileName) throws(CrisisLanguageError) {
        var patterns: [CrisisPattern] = []
        var problems: [Diagnostic] = []
        var language: String?
        var seen: [SeenPhrases: Int] = [:]   // a line's language and phrases → its line
        // Split on the newline byte, as the lexicon does, so CR LF files read the same.
        for (index, rawLine) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = Self.removingComment(String(decoding: rawLine, as: UTF8.self))
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                let name = String(line.dropFirst().prefix { $0 != "]" }).lowercased()
                guard line.hasSuffix("]"), Self.languages.contains(name) else {
                    problems.append(Diagnostic(path: path, line: lineNumber, message:
                        "expected a language section, [en] or [es], not \(line)"))
                    continue
                }
                language = name
                continue
            }
            guard let language else {
                problems.append(Diagnostic(path: path, line: lineNumber, message:
                    "a phrase before any language section; start the file with [en] or [es]"))
                continue
            }
            switch Self.phrases(of: line, language: language) {
            case .failure(let problem):
                problems.append(Diagnostic(path: path, line: lineNumber, message: problem.message))
            case .success(let phrases):
                let key = SeenPhrases(language: language, phrases: phrases)
                if let earlier = seen[key] {
                    problems.append(Diagnostic(path: path, line: lineNumber, level: .warning, message:
                        "the same phrase as line \(earlier)"))
                    continue
                }
                seen[key] = lineNumber
                patterns.append(CrisisPattern(phrases: phrases, language: language, line: lineNumber, source: line))
            }
        }
        if problems.contains(where: { $0.level == .error }) { throw CrisisLanguageError(diagnostics: problems) }
        self.patterns = patterns
        self.warnings = problems
    }

    /// Findings that do not stop the file from being used (a repeated phrase).
    public private(set) var warnings: [Diagnostic] = []

    /// Reads the file from a library folder; nil when the library has none.
    public static func load(fromLibrary directory: String) throws(CrisisLanguageError) -> CrisisLanguage? {
        guard let (text, path) = try text(fromLibrary: directory) else { return nil }
        return try CrisisLanguage(parsing: text, path: path)
    }

    /// The file's text and path in a library folder; nil when the library has none.
    static func text(fromLibrary directory: String) throws(CrisisLanguageError) -> (text: String, path: String)? {
        let path = FilePath.join(directory, fileName)
        let bytes: [UInt8]?
        do { bytes = try DurableFile.contents(of: path) } catch {
            throw CrisisLanguageError(diagnostics: [Diagnostic(path: path, line: 1, message: error.reason)])
        }
        guard let bytes else { return nil }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CrisisLanguageError(diagnostics: [Diagnostic(path: path, line: 1, message: "not valid UTF-8")])
        }
        return (text, path)
    }

    private struct Problem: Error { var message: String }

    /// What makes two lines the same, for the repeated-line warning.
    private struct SeenPhrases: Hashable {
        var language: String
        var phrases: [CrisisPattern.Phrase]
    }

    /// The phrases of one line (`a b & c d $`, `a b ! x y`), with their words' forms.
    private static func phrases(of line: String, language: String) -> Result<[CrisisPattern.Phrase], Problem> {
        var phrases: [CrisisPattern.Phrase] = []
        for part in line.split(separator: "&", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "!", maxSplits: 1, omittingEmptySubsequences: false)
            var text = removingComment(String(pieces[0]))   // trims the spaces around it
            var notFollowedBy: Set<String> = []
            if pieces.count > 1 {
                let guardText = String(pieces[1])
                if guardText.utf8.contains(where: { "!$\"*".utf8.contains($0) }) {
                    return .failure(Problem(message: "after ! only plain words may follow (the words that may not come next)"))
                }
                notFollowedBy = Set(Tokenizer.words(in: guardText))
                if notFollowedBy.isEmpty {
                    return .failure(Problem(message: "! needs the words that may not come next"))
                }
            }
            let endsText = text.last == "$"
            if endsText { text.removeLast() }
            if text.utf8.contains(UInt8(ascii: "$")) {
                return .failure(Problem(message: "$ may only end a phrase (it means: the last words typed)"))
            }
            if endsText && !notFollowedBy.isEmpty {
                return .failure(Problem(message: "a phrase ending in $ has no next word to rule out with !"))
            }
            switch words(of: String(text), language: language) {
            case .failure(let problem): return .failure(problem)
            case .success(let words):
                phrases.append(CrisisPattern.Phrase(words: words, endsText: endsText, notFollowedBy: notFollowedBy))
            }
        }
        let total = phrases.reduce(0) { $0 + $1.words.count }
        guard total <= longestLine else {
            return .failure(Problem(message: "at most \(longestLine) words to a line; this line has \(total)"))
        }
        return .success(phrases)
    }

    /// The words of one phrase, with their forms.
    private static func words(of line: String, language: String) -> Result<[CrisisPattern.Word], Problem> {
        var words: [CrisisPattern.Word] = []
        // Split on ASCII spaces as bytes: Character.isWhitespace walks graphemes, at every start.
        for bytes in line.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }) {
            let piece = Substring(bytes)
            var body = piece
            var form = CrisisPattern.WordForm.anyInflection
            if body.hasPrefix("\"") {
                guard body.count >= 3, body.hasSuffix("\"") else {
                    return .failure(Problem(message: "\(piece): a quoted word needs its closing quote"))
                }
                body = body.dropFirst().dropLast()
                form = .exactly
            }
            if body.hasSuffix("*") {
                guard form == .anyInflection else {
                    return .failure(Problem(message: "\(piece): a word is either quoted or ends with *, not both"))
                }
                body = body.dropLast()
                form = .prefix
            }
            let folded = Tokenizer.words(in: String(body))
            if folded.isEmpty {
                return .failure(Problem(message: "\(piece): no letters to match"))
            }
            if form != .anyInflection && folded.count > 1 {
                return .failure(Problem(message: "\(piece): a quoted word or a word* must be one word, without punctuation"))
            }
            if body.utf8.contains(UInt8(ascii: "*")) {
                return .failure(Problem(message: "\(piece): * may only end a word"))
            }
            if form == .prefix && folded[0].count < shortestPrefix {
                return .failure(Problem(message:
                    "\(piece): at least \(shortestPrefix) letters before the *, or it matches ordinary words"))
            }
            // A quoted Spanish verb with its pronoun is split as typed text is ("matarme" → matar me).
            let parts = form == .exactly && language == "es"
                ? CrisisTextNormalizer.splittingSpanishPronouns(folded[0]) : folded
            // A gerund keeps its pronoun right after it ("matándome"); an infinitive's may go
            // before a verb ("me quiero colgar" is "quiero colgarme").
            let isGerund = parts.count > 1 && ["ando", "iendo", "yendo"].contains { parts[0].hasSuffix($0) }
            words += parts.enumerated().map { index, part in
                CrisisPattern.Word(text: part, form: form, joinedToPrevious: isGerund && index > 0)
            }
        }
        // Spelled out as typed text is ("don t" → do not, "matarme" → matar me), so that both meet.
        if words.allSatisfy({ $0.form == .anyInflection }) {
            words = CrisisTextNormalizer.normalize(words.map(\.text), language: language)
                .map { CrisisPattern.Word(text: $0, form: .anyInflection) }
        }
        guard !words.isEmpty else { return .failure(Problem(message: "an empty phrase beside &")) }
        return .success(words)
    }

    /// The line without a `# comment` and surrounding spaces. On UTF-8 bytes: `#` and the
    /// ASCII spaces never occur inside a multi-byte character, and walking Characters (grapheme
    /// breaking) made this the most costly step of every start.
    private static func removingComment(_ line: String) -> String {
        let bytes = line.utf8
        let end = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        guard let first = bytes[..<end].firstIndex(where: { !isSpace($0) }),
              let last = bytes[..<end].lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}

/// Why the crisis-language file was not accepted, one diagnostic per line.
public struct CrisisLanguageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
