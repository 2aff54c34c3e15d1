import Testing
@testable import PamphletCore

/// `lexicon.txt` as an author writes it: groups of phrases, comments, blank lines.
@Suite struct LexiconTests {
    @Test func groupsAreFoldedWordsOfEachPhrase() throws {
        let lexicon = try Lexicon(parsing: "# synonyms\n\nIV = intravenous\nfirst appointment = initial consultation = first visit\n")
        #expect(lexicon.groups == [
            [["iv"], ["intravenous"]],
            [["first", "appointment"], ["initial", "consultation"], ["first", "visit"]],
        ])
    }

    @Test func windowsLineEndingsReadLikeUnixOnes() throws {
        let unix = try Lexicon(parsing: "iv = intravenous\nlength = duration\n")
        let windows = try Lexicon(parsing: "iv = intravenous\r\nlength = duration\r\n")
        #expect(windows == unix)
    }

    @Test func aLineWithOnePhraseNamesItsLine() {
        #expect(throws: LexiconError(path: "lib/lexicon.txt", line: 3,
                                     message: "expected two or more phrases separated by '='")) {
            try Lexicon(parsing: "# comment\niv = intravenous\n  sedation\n", path: "lib/lexicon.txt")
        }
    }

    @Test func theShippedLexiconLoads() throws {
        let articles = #filePath.split(separator: "/").dropLast(4).joined(separator: "/")
        let lexicon = try Lexicon.load(fromLibrary: "/" + articles + "/Articles")
        #expect(lexicon.groups.count > 10)
        #expect(lexicon.groups.contains { $0.contains(["iv"]) })
    }
}
