/// Finds crisis language in what someone typed: a search, a question, a consult message.
///
/// Every phrase of the crisis-language file is tried in every language, whatever the
/// article's language, since a person in crisis may write in either. A phrase matches when
/// each of its words meets a different typed word (same stem, same form, or the prefix;
/// typos forgiven as search forgives them) and all of them lie within a window one word
/// longer than the phrase, in any order.
public struct CrisisDetector: Sendable {
    public let patterns: [CrisisPattern]
    /// Each pattern's words stemmed in its language (parallel to `patterns`).
    private let stems: [[String]]

    public init(_ language: CrisisLanguage) {
        patterns = language.patterns
        let stemmers = StemmerSet()
        stems = language.patterns.map { pattern in
            let stemmer = stemmers.stemmer(for: pattern.language)
            return pattern.words.map { $0.form == .anyInflection ? stemmer.stem($0.text) : $0.text }
        }
    }

    /// The built-in phrases (the same as the shipped `Articles/crisis-language.txt`).
    public static let standard = CrisisDetector(CrisisLanguage.builtIn)

    /// The first phrase found in `text`, or nil.
    public func firstMatch(in text: String) -> CrisisMatch? {
        matches(in: text, stoppingAtFirst: true).first
    }

    public func matches(in text: String) -> [CrisisMatch] { matches(in: text, stoppingAtFirst: false) }

    public func containsCrisisLanguage(_ text: String) -> Bool { firstMatch(in: text) != nil }

    private func matches(in text: String, stoppingAtFirst: Bool) -> [CrisisMatch] {
        let typed = Tokenizer.words(in: text).map { TypedWord(text: $0) }
        guard !typed.isEmpty else { return [] }
        let stemmers = StemmerSet()
        var stemsByLanguage: [String: [String]] = [:]
        var found: [CrisisMatch] = []
        for (index, pattern) in patterns.enumerated() where pattern.words.count <= typed.count {
            let typedStems = stemsByLanguage[pattern.language] ?? {
                let stemmer = stemmers.stemmer(for: pattern.language)
                let computed = typed.map { stemmer.stem($0.text) }
                stemsByLanguage[pattern.language] = computed
                return computed
            }()
            // Which typed words each of the phrase's words meets.
            let candidates: [[Int]] = pattern.words.indices.map { wordIndex in
                typed.indices.filter { position in
                    Self.meets(typed[position], stem: typedStems[position],
                               word: pattern.words[wordIndex], wordStem: stems[index][wordIndex])
                }
            }
            guard candidates.allSatisfy({ !$0.isEmpty }),
                  let positions = Self.placement(of: candidates, window: pattern.window) else { continue }
            found.append(CrisisMatch(pattern: pattern, positions: positions))
            if stoppingAtFirst { break }
        }
        return found
    }

    struct TypedWord {
        let text: String
        let bytes: [UInt8]
        init(text: String) {
            self.text = text
            bytes = Array(text.utf8)
        }
    }

    /// Whether a typed word is one word of a phrase.
    static func meets(_ typed: TypedWord, stem typedStem: String, word: CrisisPattern.Word, wordStem: String) -> Bool {
        let allowed = TypoTolerance.allowedTypos(forWordLength: typed.text.count)
        let wordBytes = Array(word.text.utf8)
        switch word.form {
        case .exactly:
            return EditDistance.optimalStringAlignment(typed.bytes, wordBytes, atMost: allowed) != nil
        case .prefix:
            if typed.bytes.starts(with: wordBytes) { return true }
            // A typo inside the prefix: compare it with the typed word's start of about its length.
            let prefixAllowed = TypoTolerance.allowedTypos(forWordLength: wordBytes.count)
            guard prefixAllowed > 0 else { return false }
            let lengths = max(1, wordBytes.count - prefixAllowed)...(wordBytes.count + prefixAllowed)
            return lengths.contains { length in
                length <= typed.bytes.count
                    && EditDistance.optimalStringAlignment(Array(typed.bytes.prefix(length)), wordBytes,
                                                           atMost: prefixAllowed) != nil
            }
        case .anyInflection:
            if typedStem == wordStem || typed.text == word.text { return true }
            if EditDistance.optimalStringAlignment(typed.bytes, wordBytes, atMost: allowed) != nil { return true }
            return EditDistance.optimalStringAlignment(Array(typedStem.utf8), Array(wordStem.utf8), atMost: allowed) != nil
        }
    }

    /// Distinct typed positions, one for each phrase word, all within `window` words;
    /// nil when there is no such choice.
    static func placement(of candidates: [[Int]], window: Int) -> [Int]? {
        let starts = Set(candidates.joined()).sorted()
        for start in starts {
            let end = start + window   // positions start..<end
            let inWindow = candidates.map { $0.filter { $0 >= start && $0 < end } }
            guard inWindow.allSatisfy({ !$0.isEmpty }) else { continue }
            var chosen: [Int] = []
            if assign(inWindow, from: 0, chosen: &chosen) { return chosen }
        }
        return nil
    }

    private static func assign(_ candidates: [[Int]], from index: Int, chosen: inout [Int]) -> Bool {
        guard index < candidates.count else { return true }
        for position in candidates[index] where !chosen.contains(position) {
            chosen.append(position)
            if assign(candidates, from: index + 1, chosen: &chosen) { return true }
            chosen.removeLast()
        }
        return false
    }
}

/// A phrase of the crisis-language file found in a text.
public struct CrisisMatch: Sendable, Equatable {
    public var pattern: CrisisPattern
    /// Word positions in the text (0, 1, 2...) that met the phrase's words.
    public var positions: [Int]

    public var language: String { pattern.language }
}
