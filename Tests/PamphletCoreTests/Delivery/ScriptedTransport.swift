import Foundation
@testable import PamphletCore

/// An IntakeTransport that answers each POST with the next scripted answer, and keeps
/// every exchange it was given, so a test sees exactly what the sender would have sent.
final class ScriptedTransport: IntakeTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [IntakeAnswer]
    private var exchanges: [IntakeExchange] = []
    /// Run during a POST, before it answers (e.g. a patient saving meanwhile).
    var duringPost: (@Sendable () -> Void)?

    init(_ answers: [IntakeAnswer]) { self.answers = answers }

    func post(_ exchange: IntakeExchange) -> IntakeAnswer {
        duringPost?()
        return lock.withLock {
            exchanges.append(exchange)
            precondition(!answers.isEmpty, "the sender POSTed more often than the script expects")
            return answers.removeFirst()
        }
    }

    var posted: [IntakeExchange] { lock.withLock { exchanges } }
    var unused: Int { lock.withLock { answers.count } }

    static func created(_ location: String = "QuestionnaireResponse/17/_history/1") -> IntakeAnswer {
        .response(status: 201, location: location, body: Array(#"{"resourceType":"QuestionnaireResponse"}"#.utf8))
    }

    static func outcome(_ status: Int, _ diagnostics: String) -> IntakeAnswer {
        .response(status: status, location: nil, body: Array(
            #"{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid","diagnostics":"\#(diagnostics)"}]}"#.utf8))
    }
}

/// A clock a test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_796_212_800)  // 2026-12-02T12:00:00Z
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: Double) { lock.withLock { current += seconds } }
}
