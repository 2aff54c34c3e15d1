import Foundation
import Testing
@testable import PamphletCore

/// The independent evaluation set (Fixtures/CrisisEvaluation, written by someone who had not
/// read the detector, before it was tuned): distress phrases that must get crisis help and
/// ordinary questions that must not, each split once into a tuning half and a held-out half.
/// The patterns were tuned on the tuning halves only; the held-out halves are only measured.
/// The README reports both halves' figures.
struct CrisisEvaluationTests {
    struct Phrase {
        var language: String
        var kind: String
        var text: String
    }

    /// Held-out floors. 0.95 recall was the goal; the detector measures 94/118 (0.80) on the
    /// held-out half, so the floor guards what is reached (a change that loses any of it
    /// fails) and the README reports the shortfall. False alarms: at most 5%.
    static let heldOutMinimumRecall = 0.79
    static let heldOutMaximumFalseAlarms = 0.05

    static func load(_ name: String) throws -> [Phrase] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "tsv",
                                                 subdirectory: "Fixtures/CrisisEvaluation"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard columns.count == 3 else { return nil }
            return Phrase(language: String(columns[0]), kind: String(columns[1]), text: String(columns[2]))
        }
    }

    let detector = CrisisDetector.standard

    @Test func tuningHalfDistressAllTrigger() throws {
        let phrases = try Self.load("distress-tuning")
        #expect(phrases.count >= 100)
        for phrase in phrases {
            #expect(detector.firstMatch(in: phrase.text) != nil, "missed (\(phrase.kind)): \(phrase.text)")
        }
    }

    @Test func tuningHalfOrdinaryStaysQuiet() throws {
        let phrases = try Self.load("ordinary-tuning")
        #expect(phrases.count >= 100)
        for phrase in phrases {
            let match = detector.firstMatch(in: phrase.text)
            #expect(match == nil, "false alarm (\(phrase.kind)) on line \(match?.pattern.line ?? 0) \(match?.pattern.source ?? ""): \(phrase.text)")
        }
    }

    /// Only counts are reported for the held-out halves, never their phrases, so that
    /// nobody tunes on them by reading a failure.
    @Test func heldOutHalvesMeetTheirFloors() throws {
        let distress = try Self.load("distress-heldout")
        let ordinary = try Self.load("ordinary-heldout")
        let caught = distress.filter { detector.firstMatch(in: $0.text) != nil }.count
        let alarms = ordinary.filter { detector.firstMatch(in: $0.text) != nil }.count
        let recall = Double(caught) / Double(distress.count)
        let falseAlarms = Double(alarms) / Double(ordinary.count)
        print("crisis held-out: distress \(caught)/\(distress.count) triggered, ordinary \(alarms)/\(ordinary.count) false alarms")
        #expect(recall >= Self.heldOutMinimumRecall, "held-out recall \(caught)/\(distress.count)")
        #expect(falseAlarms <= Self.heldOutMaximumFalseAlarms, "held-out false alarms \(alarms)/\(ordinary.count)")
    }
}
