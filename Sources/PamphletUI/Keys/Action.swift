/// What a key means, independent of which key it is. Screens interpret the
/// movement actions in their own way (a line in an article, an item in a list).
public enum Action: Sendable, Hashable {
    // Leaving and navigating between places.
    case quit
    case backOneLevel
    case historyBack
    case historyForward
    case close
    // Opening screens.
    case showHelp
    case showCrisis
    case showContents
    case showFAQ
    case toggleMouse
    // Moving.
    case down, up
    case pageDown, pageUp
    case halfPageDown, halfPageUp
    case top, bottom
    case wheelDown, wheelUp
    case nextSection, previousSection
    // Choosing.
    case open
    /// Digits 1-9 pick the numbered item; the screen reads the digit from the key.
    case chooseNumbered
    case toggleAnswer
    case jumpToAnswer
}
