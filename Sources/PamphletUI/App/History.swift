import PamphletCore

/// A place the reader can return to with Backspace or → : the library with its
/// selection, an article at a block, or a search. Overlays (contents, help, ...) are not places.
enum Place: Sendable, Equatable {
    case library(selected: Int)
    /// `link`: the link chosen there when the reader followed it, chosen again on return.
    case article(id: String, sourceLine: Int, link: Link? = nil)
    /// The library search with its words and selected result, so Backspace from a result returns to it.
    case search(query: String, selected: Int)
}

/// Back and forward stacks of places, as in a web browser.
struct History: Sendable, Equatable {
    private(set) var backStack: [Place] = []
    private(set) var forwardStack: [Place] = []

    /// Going somewhere new forgets the places ahead.
    mutating func leave(_ place: Place) {
        backStack.append(place)
        forwardStack.removeAll()
    }

    mutating func back(from current: Place) -> Place? {
        guard let previous = backStack.popLast() else { return nil }
        forwardStack.append(current)
        return previous
    }

    mutating func forward(from current: Place) -> Place? {
        guard let next = forwardStack.popLast() else { return nil }
        backStack.append(current)
        return next
    }
}
