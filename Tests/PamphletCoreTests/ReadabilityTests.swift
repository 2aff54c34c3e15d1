import Testing
@testable import PamphletCore

@Suite("Readability")
struct ReadabilityTests {
    @Test("syllables by spelling rules", arguments: [
        ("cat", 1), ("the", 1), ("yes", 1), ("make", 1), ("time", 1), ("hopes", 1), ("jumped", 1),
        ("used", 1), ("they", 1), ("table", 2), ("little", 2), ("people", 2), ("wanted", 2),
        ("needed", 2), ("boxes", 2), ("changes", 2), ("nation", 2), ("therapy", 3), ("ketamine", 3),
        ("depression", 3), ("beautiful", 3), ("piano", 3), ("idiot", 3), ("everyone", 3),
        ("consultation", 4), ("1999", 0),
    ])
    func syllables(word: String, expected: Int) {
        #expect(SyllableCounter.count(word) == expected)
    }

    @Test func fleschKincaidOfAOneSyllableSentence() throws {
        // 6 words, 1 sentence, 6 syllables: 0.39*6 + 11.8*1 - 15.59 = -1.45
        let score = ReadabilityScore(text: "The cat sat on the mat.")
        #expect(score.words == 6)
        #expect(score.sentences == 1)
        #expect(score.syllables == 6)
        let grade = try #require(score.fleschKincaidGrade)
        #expect(abs(grade - -1.45) < 0.001)
    }

    @Test func fleschKincaidAndSMOGOfAHarderText() throws {
        // Words: Ketamine(3) therapy(3) is(1) typically(4) used(1) for(1) depression(3).
        //        It(1) works(1) quickly(2).
        // 10 words, 2 sentences, 20 syllables, 4 polysyllables.
        let score = ReadabilityScore(text: "Ketamine therapy is typically used for depression. It works quickly.")
        #expect(score.words == 10)
        #expect(score.sentences == 2)
        #expect(score.syllables == 20)
        #expect(score.polysyllables == 4)
        // 0.39*5 + 11.8*2.0 - 15.59 = 1.95 + 23.6 - 15.59 = 9.96
        #expect(abs(try #require(score.fleschKincaidGrade) - 9.96) < 0.001)
        // 1.0430 * sqrt(4*30/2) + 3.1291 = 1.0430*7.745967 + 3.1291 = 11.2081
        #expect(abs(try #require(score.smogGrade) - 11.2081) < 0.001)
        #expect(!score.isSMOGReliable)
    }

    @Test func sentencesEndOnlyAtABoundary() {
        let score = ReadabilityScore(text: "Take 2.5 mg daily. Call us at 988! Is it safe?")
        #expect(score.sentences == 3)
        #expect(ReadabilityScore(text: "A heading without a full stop").sentences == 1)
    }

    @Test func combiningScoresAddsCounts() {
        var total = ReadabilityScore(text: "The cat sat.")
        total.add(ReadabilityScore(text: "It ran away."))
        #expect(total.words == 6)
        #expect(total.sentences == 2)
    }

    @Test func emptyTextHasNoGrade() {
        let score = ReadabilityScore(text: "  1999  ")
        #expect(score.fleschKincaidGrade == nil)
        #expect(score.smogGrade == nil)
    }
}
