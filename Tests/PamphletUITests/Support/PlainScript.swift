import PamphletCore
@testable import PamphletUI

/// A line-oriented session driven as a person would: lines typed in, the text they
/// read out (every `.write`, in order), and the other effects kept for the checks.
struct PlainScript {
    var session: PlainReaderSession
    /// Every effect but `.write`, in order.
    private(set) var effects: [Effect] = []

    init(library: Library = Fixtures.library, search: ReaderSearch = .inMemory(lexicon: .empty),
         openArticle: String? = nil, section: String? = nil, positions: [String: Int] = [:],
         remembersPositions: Bool = true, draft: ConsultForm? = nil) {
        session = PlainReaderSession(library: library, search: search, openArticle: openArticle, section: section,
                                     positions: positions, remembersPositions: remembersPositions)
        if let draft { _ = session.update(.draftOffered(draft)) }
    }

    /// What the reader says on opening.
    mutating func start() -> String { send(.start) }

    /// Types each line (Enter after each); returns what the reader said to them.
    mutating func type(_ lines: String...) -> String {
        lines.map { send(.line($0)) }.joined()
    }

    /// Any message, e.g. the host's answer to a save; returns what the reader said.
    mutating func send(_ msg: Msg) -> String {
        var said = ""
        for effect in session.update(msg) {
            if case .write(let text) = effect { said += text } else { effects.append(effect) }
        }
        return said
    }

    /// The effects since the last call, and forgets them.
    mutating func takeEffects() -> [Effect] {
        defer { effects = [] }
        return effects
    }
}
