#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Curated synonyms: groups of words or phrases that mean the same to a patient.
///
/// File format (`lexicon.txt` in the library folder), UTF-8, one group per line:
///
///     # comment lines and blank lines are ignored
///     iv = intravenous
///     first appointment = initial consultation = first visit
///
/// Phrases are separated by `=`; matching folds case and accents like the index does.
/// A query phrase found in a group is also searched as every other phrase of the group.
public struct Lexicon: Sendable, Equatable {
    /// Each group holds phrases; each phrase is its folded words.
    public let groups: [[[String]]]
    /// Stems and lookup tables, made on the first query: stemming every word of the file in
    /// two languages was most of a start's cost, and the reader's first screen needs none.
    private let matching: BuiltOnFirstUse<Matching>

    struct PhraseReference: Sendable, Equatable { var group: Int; var phrase: Int }

    /// A word as written and as its English and Spanish stems: a query word matches a
    /// lexicon word when any of the three agree, so "jabs" finds "jab" and "vacunas" "vacuna".
    struct WordKeys: Sendable, Equatable {
        var word: String
        var english: String
        var spanish: String

        func matches(_ other: WordKeys) -> Bool {
            word == other.word || english == other.english || spanish == other.spanish
        }
    }

    struct Matching: Sendable {
        /// The phrases by the match keys of their first word, for lookup by query word.
        var phrasesByFirstWord: [String: [PhraseReference]] = [:]
        /// Match keys of every phrase word, parallel to `groups`.
        var keys: [[[WordKeys]]] = []

        init(groups: [[[String]]]) {
            let english = Stemmer(language: "en"), spanish = Stemmer(language: "es")
            self.init(keys: groups.map { group in
                group.map { phrase in phrase.map { WordKeys(word: $0, english: english.stem($0), spanish: spanish.stem($0)) } }
            })
        }

        /// From keys already stemmed (`CompiledLexicon`).
        init(keys: [[[WordKeys]]]) {
            self.keys = keys
            for (groupIndex, group) in keys.enumerated() {
                for (phraseIndex, phrase) in group.enumerated() {
                    guard let first = phrase.first else { continue }
                    for key in Set([first.word, "en:" + first.english, "es:" + first.spanish]) {
                        phrasesByFirstWord[key, default: []].append(PhraseReference(group: groupIndex, phrase: phraseIndex))
                    }
                }
            }
        }
    }

    public init(groups: [[[String]]] = []) {
        self.groups = groups
        matching = BuiltOnFirstUse { Matching(groups: groups) }
    }

    /// With its stems already made (`CompiledLexicon`).
    init(keys: [[[WordKeys]]]) {
        groups = keys.map { group in group.map { phrase in phrase.map(\.word) } }
        matching = BuiltOnFirstUse(ready: Matching(keys: keys))
    }

    /// Every phrase word's keys, parallel to `groups` (stemming them if not yet done).
    var wordKeys: [[[WordKeys]]] { matching.value.keys }

    public static let empty = Lexicon()

    public static func == (left: Lexicon, right: Lexicon) -> Bool { left.groups == right.groups }

    /// File name looked up in a library folder.
    public static let fileName = "lexicon.txt"

    /// Parses lexicon text; a line with fewer than two phrases is reported with its line number.
    public init(parsing text: String, path: String = fileName) throws(LexiconError) {
        var groups: [[[String]]] = []
        // Lines split on the newline byte: splitting by Character is slower, and would keep
        // a CR LF line ending (one Character) from ending the line at all.
        for (index, rawLine) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            // On bytes too: "#", "=" and spaces are ASCII, never inside a multi-byte character.
            let line = rawLine.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let phrases = line.split(separator: UInt8(ascii: "="))
                .map { Tokenizer.words(in: String(decoding: $0, as: UTF8.self)) }.filter { !$0.isEmpty }
            guard phrases.count >= 2 else {
                throw LexiconError(path: path, line: index + 1, message: "expected two or more phrases separated by '='")
            }
            groups.append(phrases)
        }
        self.init(groups: groups)
    }

    /// Reads `lexicon.txt` from a library folder; no file means an empty lexicon.
    public static func load(fromLibrary directory: String) throws(LexiconError) -> Lexicon {
        guard let (text, path) = try text(fromLibrary: directory) else { return .empty }
        return try Lexicon(parsing: text, path: path)
    }

    /// The file's text and path in a library folder; nil when the library has none.
    static func text(fromLibrary directory: String) throws(LexiconError) -> (text: String, path: String)? {
        let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(path: path, line: 1, message: "cannot read the file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LexiconError(path: path, line: 1, message: "not valid UTF-8")
        }
        return (text, path)
    }

    /// For each place a lexicon phrase occurs in `words`, the span it covers and the
    /// group's other phrases. Words match by their stem too, and one word
    /// may sit inside a phrase of two or more ("first ketamine appointment").
    func alternatives(for words: [String]) -> [(span: Range<Int>, phrases: [[String]])] {
        guard !groups.isEmpty, !words.isEmpty else { return [] }
        let english = Stemmer(language: "en"), spanish = Stemmer(language: "es")
        let queryKeys = words.map { WordKeys(word: $0, english: english.stem($0), spanish: spanish.stem($0)) }
        let matching = matching.value
        var found: [(span: Range<Int>, phrases: [[String]])] = []
        var seen: Set<[Int]> = []
        for (start, key) in queryKeys.enumerated() {
            var references: [PhraseReference] = []
            for lookup in Set([key.word, "en:" + key.english, "es:" + key.spanish]) {
                references += matching.phrasesByFirstWord[lookup] ?? []
            }
            for reference in references {
                let phrase = matching.keys[reference.group][reference.phrase]
                guard let end = Self.match(phrase, in: queryKeys, from: start),
                      seen.insert([reference.group, reference.phrase, start]).inserted else { continue }
                let others = groups[reference.group].enumerated().filter { $0.offset != reference.phrase }.map(\.element)
                found.append((start..<end, others))
            }
        }
        return found
    }

    /// The end of `phrase` matched at `start` of `query`, with at most one extra word
    /// between two of its words; nil when it does not match there.
    private static func match(_ phrase: [WordKeys], in query: [WordKeys], from start: Int) -> Int? {
        var position = start, skipped = false
        for (offset, word) in phrase.enumerated() {
            guard position < query.count else { return nil }
            if word.matches(query[position]) {
                position += 1
            } else if offset > 0, !skipped, position + 1 < query.count, word.matches(query[position + 1]) {
                skipped = true
                position += 2
            } else {
                return nil
            }
        }
        return position
    }
}

public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var message: String
    public var description: String { "\(path):\(line): error: \(message)" }
}
