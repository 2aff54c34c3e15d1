/// Finds crisis language in what someone typed: a search, a question, a consult message.
///
/// Every line of the crisis-language file is tried in every language, whatever the
/// article's language, since a person in crisis may write in either. A phrase matches when
/// each of its words meets a different typed word (CrisisWordMatcher) and all of them lie
/// within a window one word longer than the phrase, in any order; a line of several
/// phrases (`&`) needs each of them somewhere in the text. A phrase may rule out the word
/// that comes right after it (`!`): a line narrows only itself, never takes away another's help.
public struct CrisisDetector: Sendable {
    public let patterns: [CrisisPattern]
    /// Each pattern's words, prepared for matching (parallel to `patterns`, phrase by phrase).
    let prepared: [[[CrisisWordMatcher.PatternWord]]]

    /// Already prepared (`CompiledCrisisLanguage`).
    init(patterns: [CrisisPattern], prepared: [[[CrisisWordMatcher.PatternWord]]]) {
        self.patterns = patterns
        self.prepared = prepared
    }

    public init(_ language: CrisisLanguage) {
        patterns = language.patterns
        let stemmers = StemmerSet()
        prepared = language.patterns.map { pattern in
            let stemmer = stemmers.stemmer(for: pattern.language)
            return pattern.phrases.map { phrase in
                phrase.words.map { CrisisWordMatcher.PatternWord($0, language: pattern.language, stemmer: stemmer) }
            }
        }
    }

    /// The built-in phrases (the same as the shipped `Articles/crisis-language.txt`).
    public static let standard = CrisisDetector(CrisisLanguage.builtIn)

    /// The first line found in `text`, or nil.
    public func firstMatch(in text: String) -> CrisisMatch? {
        matches(in: text, stoppingAtFirst: true).first
    }

    /// Every line found in `text`, in file order.
    public func matches(in text: String) -> [CrisisMatch] { matches(in: text, stoppingAtFirst: false) }

    public func containsCrisisLanguage(_ text: String) -> Bool { firstMatch(in: text) != nil }

    private func matches(in text: String, stoppingAtFirst: Bool) -> [CrisisMatch] {
        let folded = Tokenizer.words(in: text)
        guard !folded.isEmpty else { return [] }
        let stemmers = StemmerSet()
        // Typed words as each language's phrases read them (Spanish sets its pronouns apart).
        var typedByLanguage: [String: (words: [String], prepared: [CrisisWordMatcher.TypedWord])] = [:]
        var found: [CrisisMatch] = []
        for (index, pattern) in patterns.enumerated() {
            let (words, typed) = typedByLanguage[pattern.language] ?? {
                let stemmer = stemmers.stemmer(for: pattern.language)
                let words = CrisisTextNormalizer.normalize(folded, language: pattern.language)
                let prepared = (words, words.map { CrisisWordMatcher.TypedWord($0, language: pattern.language, stemmer: stemmer) })
                typedByLanguage[pattern.language] = prepared
                return prepared
            }()
            guard pattern.wordCount <= words.count else { continue }
            var positions: [Int] = []
            var allFound = true
            for (phraseIndex, phrase) in pattern.phrases.enumerated() {
                let candidates: [[Int]] = prepared[index][phraseIndex].map { word in
                    typed.indices.filter { CrisisWordMatcher.meets(typed[$0], word) }
                }
                let ruledOut = phrase.notFollowedBy
                guard candidates.allSatisfy({ !$0.isEmpty }),
                      let placed = Self.placement(of: candidates, window: phrase.window, accepting: { chosen in
                          for (index, word) in phrase.words.enumerated() where word.joinedToPrevious && index > 0 {
                              if chosen[index] != chosen[index - 1] + 1 { return false }
                          }
                          let last = chosen.max() ?? 0
                          if phrase.endsText { return last == words.count - 1 }
                          return last + 1 >= words.count || !ruledOut.contains(words[last + 1])
                      }) else {
                    allFound = false
                    break
                }
                positions += placed
            }
            guard allFound else { continue }
            found.append(CrisisMatch(pattern: pattern, positions: positions))
            if stoppingAtFirst { break }
        }
        return found
    }

    /// Distinct typed positions, one for each phrase word, all within `window` words, that
    /// `accepting` agrees to (a `$` phrase must end the text, a `!` word may not follow it);
    /// nil when there is no such choice.
    static func placement(of candidates: [[Int]], window: Int, accepting: ([Int]) -> Bool = { _ in true }) -> [Int]? {
        let starts = Set(candidates.joined()).sorted()
        for start in starts {
            let limit = start + window   // positions start..<limit
            let inWindow = candidates.map { $0.filter { $0 >= start && $0 < limit } }
            guard inWindow.allSatisfy({ !$0.isEmpty }) else { continue }
            var chosen: [Int] = []
            if assign(inWindow, from: 0, chosen: &chosen), accepting(chosen) { return chosen }
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

/// A line of the crisis-language file found in a text.
public struct CrisisMatch: Sendable, Equatable {
    public var pattern: CrisisPattern
    /// Word positions in the text (0, 1, 2...) that met the line's words.
    public var positions: [Int]

    public var language: String { pattern.language }
}
