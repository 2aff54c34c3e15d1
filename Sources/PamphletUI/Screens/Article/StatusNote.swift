/// A message that replaces the status line until the next key: the message is cut
/// before the hint when space runs short, so "g for top" always shows.
struct StatusNote: Sendable, Equatable {
    let message: String
    let hint: String
}
