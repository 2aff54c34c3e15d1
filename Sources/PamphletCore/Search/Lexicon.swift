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
    public private(set) var groups: [[[String]]]

    public init(groups: [[[String]]] = []) { self.groups = groups }

    public static let empty = Lexicon()

    /// File name looked up in a library folder.
    public static let fileName = "lexicon.txt"

    /// Parses lexicon text; a line with fewer than two phrases is reported with its line number.
    public init(parsing text: String, path: String = fileName) throws(LexiconError) {
        var groups: [[[String]]] = []
        // Lines split on the newline byte: splitting by Character is slower, and would keep
        // a CR LF line ending (one Character) from ending the line at all.
        for (index, rawLine) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = Substring(rawLine).drop(while: \.isWhitespace)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let phrases = line.split(separator: "=").map { Tokenizer.words(in: String($0)) }.filter { !$0.isEmpty }
            guard phrases.count >= 2 else {
                throw LexiconError(path: path, line: index + 1, message: "expected two or more phrases separated by '='")
            }
            groups.append(phrases)
        }
        self.groups = groups
    }

    /// Reads `lexicon.txt` from a library folder; no file means an empty lexicon.
    public static func load(fromLibrary directory: String) throws(LexiconError) -> Lexicon {
        let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else { return .empty }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(path: path, line: 1, message: "cannot read the file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LexiconError(path: path, line: 1, message: "not valid UTF-8")
        }
        return try Lexicon(parsing: text, path: path)
    }

    /// For each place a lexicon phrase occurs in `words`, the span it covers and the
    /// words of the group's other phrases.
    func alternatives(for words: [String]) -> [(span: Range<Int>, words: [String])] {
        var found: [(span: Range<Int>, words: [String])] = []
        for group in groups {
            for (phraseIndex, phrase) in group.enumerated() where phrase.count <= words.count {
                for start in 0...(words.count - phrase.count) where Array(words[start..<start + phrase.count]) == phrase {
                    let others = group.enumerated().filter { $0.offset != phraseIndex }.flatMap(\.element)
                    found.append((start..<start + phrase.count, others))
                }
            }
        }
        return found
    }
}

public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var message: String
    public var description: String { "\(path):\(line): error: \(message)" }
}
