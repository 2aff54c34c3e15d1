/// Finds a query in displayed lines the way a reader expects of `/` in less:
/// literal text (no regex), with smart case (case matters only when the query has an
/// uppercase letter). Accents are kept: "sesion" does not find "sesión", as a literal
/// find should not; library search is where diacritics are folded.
///
/// A paragraph wrapped over several lines is searched as one text, so a phrase broken
/// by the wrap is still found: the break counts as one space, and the next line's
/// indentation (a list's hanging indent) is skipped.
public struct LiteralFinder: Sendable {
    /// The characters of one match that lie on one line.
    public struct Piece: Sendable, Equatable {
        public var line: Int
        /// Character (grapheme) offsets within that line's text.
        public var characters: Range<Int>
    }

    /// One occurrence of the query: one piece, or several when it crosses a wrap.
    public struct Match: Sendable, Equatable {
        public var pieces: [Piece]
        public var firstLine: Int { pieces[0].line }
    }

    public let query: String
    public let caseSensitive: Bool
    private let needle: [Character]

    public init(query: String) {
        self.query = query
        caseSensitive = query.contains { $0.isUppercase }
        needle = query.map { Self.fold($0, caseSensitive: query.contains { $0.isUppercase }) }
    }

    /// Every non-overlapping match in `lines`, in order. `continues(i)` says whether line
    /// `i` carries on the text of line `i - 1` (the same wrapped paragraph).
    public func matches(in lines: [String], continues: (Int) -> Bool = { _ in false }) -> [Match] {
        guard !needle.isEmpty else { return [] }
        var matches: [Match] = []
        var run: [Character] = []
        // Where each character of the run came from; nil for the space standing for a wrap.
        var origins: [(line: Int, offset: Int)?] = []

        func searchRun() {
            defer { run.removeAll(keepingCapacity: true); origins.removeAll(keepingCapacity: true) }
            guard run.count >= needle.count else { return }
            var start = 0
            while start + needle.count <= run.count {
                if matchesNeedle(in: run, at: start) {
                    let pieces = Self.pieces(of: origins[start..<start + needle.count])
                    // A query of spaces alone can land on a wrap, which has nothing to show.
                    if !pieces.isEmpty { matches.append(Match(pieces: pieces)) }
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }

        for (index, line) in lines.enumerated() {
            if index > 0 && continues(index) && !run.isEmpty {
                run.append(" ")
                origins.append(nil)
                appendCharacters(of: line, line: index, skippingIndent: true, to: &run, origins: &origins)
            } else {
                searchRun()
                appendCharacters(of: line, line: index, skippingIndent: false, to: &run, origins: &origins)
            }
        }
        searchRun()
        return matches
    }

    private func appendCharacters(of text: String, line: Int, skippingIndent: Bool,
                                  to run: inout [Character], origins: inout [(line: Int, offset: Int)?]) {
        var skipping = skippingIndent
        for (offset, character) in text.enumerated() {
            if skipping && character.isWhitespace { continue }
            skipping = false
            run.append(Self.fold(character, caseSensitive: caseSensitive))
            origins.append((line, offset))
        }
    }

    private func matchesNeedle(in run: [Character], at start: Int) -> Bool {
        for (offset, wanted) in needle.enumerated() {
            let found = run[start + offset]
            // Any whitespace in the query stands for any one whitespace character (a wrap, a tab).
            if wanted.isWhitespace ? !found.isWhitespace : found != wanted { return false }
        }
        return true
    }

    /// Consecutive characters of a match grouped by the line they are on.
    private static func pieces(of origins: ArraySlice<(line: Int, offset: Int)?>) -> [Piece] {
        var pieces: [Piece] = []
        for origin in origins {
            guard let origin else { continue }
            if let last = pieces.last, last.line == origin.line, last.characters.upperBound == origin.offset {
                pieces[pieces.count - 1].characters = last.characters.lowerBound..<(origin.offset + 1)
            } else {
                pieces.append(Piece(line: origin.line, characters: origin.offset..<(origin.offset + 1)))
            }
        }
        return pieces
    }

    /// Lowercases one character when case does not matter, keeping it one character.
    private static func fold(_ character: Character, caseSensitive: Bool) -> Character {
        guard !caseSensitive, character.isUppercase else { return character }
        let lower = character.lowercased()
        return lower.count == 1 ? Character(lower) : character
    }
}
