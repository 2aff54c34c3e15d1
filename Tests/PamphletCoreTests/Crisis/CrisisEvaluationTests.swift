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

    /// The issue's goal on the held-out halves: at least 95% of distress phrases get help,
    /// at most 5% of ordinary questions do.
    static let heldOutGoalRecall = 0.95
    static let heldOutMaximumFalseAlarms = 0.05
    /// What the held-out half measures now: 107 of 118 caught, 0 of 104 false alarms, after
    /// the third round (tuned on the tuning half and the dev and dev2 sets only). Before it:
    /// 106 and 0 (second round), 99 and 1, 94 and 1 at first. A change that catches fewer or alarms more fails; the goal's
    /// shortfall is a known issue until met.
    static let heldOutMeasuredCaught = 107
    static let heldOutMeasuredAlarms = 0

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
    @Test func heldOutHalvesAgainstTheGoal() throws {
        let distress = try Self.load("distress-heldout")
        let ordinary = try Self.load("ordinary-heldout")
        #expect(distress.count == 118 && ordinary.count == 104, "the held-out halves changed")
        let caught = distress.filter { detector.firstMatch(in: $0.text) != nil }.count
        let alarms = ordinary.filter { detector.firstMatch(in: $0.text) != nil }.count
        let recall = Double(caught) / Double(distress.count)
        let falseAlarms = Double(alarms) / Double(ordinary.count)
        print("crisis held-out: distress \(caught)/\(distress.count) triggered, ordinary \(alarms)/\(ordinary.count) false alarms")
        #expect(falseAlarms <= Self.heldOutMaximumFalseAlarms, "held-out false alarms \(alarms)/\(ordinary.count)")
        #expect(caught >= Self.heldOutMeasuredCaught, "held-out recall fell: \(caught)/\(distress.count)")
        #expect(alarms <= Self.heldOutMeasuredAlarms, "held-out false alarms rose: \(alarms)/\(ordinary.count)")
        // Not met yet (README, "Crisis help"): recorded on every run, and this fails as soon
        // as the goal is reached, so the known issue is then removed.
        withKnownIssue("held-out recall is below the issue's 95% goal") {
            #expect(recall >= Self.heldOutGoalRecall, "held-out recall \(caught)/\(distress.count)")
        }
    }

    /// The second tuning set (`*-dev.tsv`), written by the team before the detector's second
    /// round of changes: larger than the first, with texting, passive wishes and near-misses
    /// chosen to break word matching. Its misses are printed (it is tuned on, like the first),
    /// and its goals (95% caught, at most 2% false alarms) are asserted.
    static let devGoalRecall = 0.95
    static let devMaximumFalseAlarms = 0.02
    /// What the dev set measured before the second round: 155 of 236 caught, 7 of 207
    /// false alarms. After it (general normalisation, guards and phrases tuned on this set
    /// and the tuning half): 236 and 0. A change that catches fewer or alarms more fails.
    static let devMeasuredCaught = 236
    static let devMeasuredAlarms = 0

    /// A tuning set's distress phrases: its size, its misses printed (it is tuned on), and
    /// its recall held to what it measured and to the dev goal.
    func expectDistressCaught(_ set: String, count: Int, measured: Int) throws {
        let phrases = try Self.load("distress-" + set)
        #expect(phrases.count == count, "the \(set) set changed")
        let missed = phrases.filter { detector.firstMatch(in: $0.text) == nil }
        let caught = phrases.count - missed.count
        print("crisis \(set): distress \(caught)/\(phrases.count) triggered")
        for phrase in missed { print("crisis \(set) missed (\(phrase.language) \(phrase.kind)): \(phrase.text)") }
        #expect(caught >= measured, "\(set) recall fell: \(caught)/\(phrases.count)")
        #expect(Double(caught) / Double(phrases.count) >= Self.devGoalRecall, "\(set) recall \(caught)/\(phrases.count)")
    }

    @Test func devSetDistressTriggers() throws {
        try expectDistressCaught("dev", count: 236, measured: Self.devMeasuredCaught)
    }

    @Test func devSetOrdinaryStaysQuiet() throws {
        let phrases = try Self.load("ordinary-dev")
        #expect(phrases.count == 207, "the dev set changed")
        var alarms = 0
        for phrase in phrases {
            guard let match = detector.firstMatch(in: phrase.text) else { continue }
            alarms += 1
            print("crisis dev false alarm (\(phrase.kind)) on line \(match.pattern.line) \(match.pattern.source): \(phrase.text)")
        }
        print("crisis dev: ordinary \(alarms)/\(phrases.count) false alarms")
        #expect(alarms <= Self.devMeasuredAlarms, "dev false alarms rose: \(alarms)/\(phrases.count)")
        #expect(Double(alarms) / Double(phrases.count) <= Self.devMaximumFalseAlarms,
                "dev false alarms \(alarms)/\(phrases.count)")
    }

    /// The third tuning set (`*-dev2.tsv`), written for the third round by someone who read
    /// neither the phrases nor the other sets, before the detector was changed. Ordinary
    /// questions about suicide as a treatment topic (`suicide-topic`, "does ketamine help
    /// with suicidal thoughts") are not counted as false alarms: the issue asks that
    /// "suicidal" get help, and help shown above a treatment question costs little.
    /// Measured before the third round, untuned: 135 of 183 caught (73.8%), 9 of 168 false
    /// alarms. After it: 181 and 5, the 5 all on the overdose lines, which show help on every
    /// mention of an overdose by design ("an emergency whether meant or not", with 911).
    static let dev2MeasuredCaught = 181
    static let dev2MeasuredAlarms = 5

    @Test func dev2SetDistressTriggers() throws {
        try expectDistressCaught("dev2", count: 183, measured: Self.dev2MeasuredCaught)
    }

    @Test func dev2SetOrdinaryStaysQuiet() throws {
        let all = try Self.load("ordinary-dev2")
        #expect(all.count == 175, "the dev2 set changed")
        let phrases = all.filter { $0.kind != "suicide-topic" }
        var alarms = 0
        for phrase in phrases {
            guard let match = detector.firstMatch(in: phrase.text) else { continue }
            alarms += 1
            print("crisis dev2 false alarm (\(phrase.kind)) on line \(match.pattern.line) \(match.pattern.source): \(phrase.text)")
        }
        let topics = all.filter { $0.kind == "suicide-topic" }
        let topicsHelped = topics.filter { detector.firstMatch(in: $0.text) != nil }.count
        print("crisis dev2: ordinary \(alarms)/\(phrases.count) false alarms; suicide as a topic \(topicsHelped)/\(topics.count) got help")
        #expect(alarms <= Self.dev2MeasuredAlarms, "dev2 false alarms rose: \(alarms)/\(phrases.count)")
        // The 2% goal is not met (3.0%) only through the overdose lines, kept on purpose; the
        // other lines must meet it.
        let overdoseLines: Set<String> = ["overdos*", "sobredosis"]
        let otherAlarms = phrases.filter { phrase in
            detector.firstMatch(in: phrase.text).map { !overdoseLines.contains($0.pattern.source) } ?? false
        }.count
        #expect(Double(otherAlarms) / Double(phrases.count) <= Self.devMaximumFalseAlarms,
                "dev2 false alarms besides overdose \(otherAlarms)/\(phrases.count)")
    }

    @Test func tuningHalvesAreWhole() throws {
        #expect(try Self.load("distress-tuning").count == 117)
        #expect(try Self.load("ordinary-tuning").count == 104)
    }
}
