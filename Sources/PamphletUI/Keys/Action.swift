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
    /// The library's `L`: the interface in the other language.
    case switchLanguage
    case requestConsult
    // Moving.
    case down, up
    case pageDown, pageUp
    case halfPageDown, halfPageUp
    case top, bottom
    case wheelDown, wheelUp
    case nextSection, previousSection
    /// Tab and Shift-Tab: the next or previous link on screen; Enter follows it.
    case nextLink, previousLink, followLink
    // Choosing.
    case open
    /// Digits 1-9 pick the numbered item; the screen reads the digit from the key.
    case chooseNumbered
    case toggleAnswer
    case jumpToAnswer
    // The consult form.
    case nextField, previousField
    /// Change the contact method, tick the consent box.
    case changeChoice
    /// Keys a text field handles itself; bound so that Help lists them.
    case editText
    case submitForm
    case confirm, decline
    // Finding in an article and searching the library.
    case startFind, acceptFind, cancelFind, findNext, findPrevious
    case openSearch
    case startFilter, clearFilter
}
