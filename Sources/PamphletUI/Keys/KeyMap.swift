import PamphletCore

/// Every key the reader knows. Dispatch and the Help screen both read this table.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The binding for `key` on `screen`. A binding made for particular screens wins
    /// over one that applies everywhere (→ jumps in the FAQ list, goes forward elsewhere).
    public func binding(for key: Key, on screen: ScreenKind) -> KeyBinding? {
        let candidates = bindings.filter { $0.screens.contains(screen) && $0.keys.contains(key) }
        return candidates.first { !$0.isGlobal } ?? candidates.first
    }

    public func bindings(in group: KeyBinding.Group) -> [KeyBinding] {
        bindings.filter { $0.group == group }
    }
}

extension KeyMap {
    private static let everywhere = Set(ScreenKind.allCases)
    private static let lists: Set<ScreenKind> = [.library, .contents, .faq]
    private static let scrolling: Set<ScreenKind> = [.library, .article, .contents, .faq, .help, .crisis, .consultReview]
    private static let reading = everywhere.subtracting(ScreenKind.consultScreens)

    public static let standard = KeyMap(bindings: [
        KeyBinding([.control("c")], .quit, "Close Pamphlet", on: everywhere, group: .everywhere),
        KeyBinding([.character("q")], .backOneLevel, "Back one level; from the library, close Pamphlet",
                   on: everywhere, group: .everywhere),
        KeyBinding([.character("?"), .function(1)], .showHelp, "This help", on: everywhere, group: .everywhere),
        KeyBinding([.character("!")], .showCrisis, "Crisis help: who to contact right now",
                   on: everywhere, group: .everywhere),
        KeyBinding([.backspace, .left], .historyBack, "Back to the previous place", on: everywhere, group: .everywhere),
        KeyBinding([.right], .historyForward, "Forward again", on: everywhere, group: .everywhere),
        KeyBinding([.character("c")], .requestConsult, "Request a consultation with the clinic",
                   on: reading, group: .everywhere),
        KeyBinding([.character("m")], .toggleMouse, "Mouse wheel on/off (off lets you select text)",
                   on: everywhere, group: .everywhere),

        KeyBinding([.character("j"), .down], .down, "Down a line, or the next item", on: scrolling, group: .moving),
        KeyBinding([.character("k"), .up], .up, "Up a line, or the previous item", on: scrolling, group: .moving),
        KeyBinding([.character(" "), .pageDown], .pageDown, "Down a page", on: scrolling, group: .moving),
        KeyBinding([.character("b"), .pageUp], .pageUp, "Up a page", on: scrolling, group: .moving),
        KeyBinding([.character("g"), .home], .top, "To the top", on: scrolling, group: .moving),
        KeyBinding([.character("G"), .end], .bottom, "To the end", on: scrolling, group: .moving),
        KeyBinding([.wheelDown], .wheelDown, "Scroll down", on: scrolling, group: .moving),
        KeyBinding([.wheelUp], .wheelUp, "Scroll up", on: scrolling, group: .moving),

        KeyBinding([.character("d")], .halfPageDown, "Down half a page", on: [.article, .help], group: .article),
        KeyBinding([.character("u")], .halfPageUp, "Up half a page", on: [.article, .help], group: .article),
        KeyBinding([.character("]")], .nextSection, "Next section", on: [.article], group: .article),
        KeyBinding([.character("[")], .previousSection, "Previous section", on: [.article], group: .article),
        KeyBinding([.tab], .nextLink, "Next link", on: [.article], group: .article),
        KeyBinding([.backTab], .previousLink, "Previous link", on: [.article], group: .article),
        KeyBinding([.enter], .followLink,
                   "Follow the chosen link (Backspace comes back)",
                   on: [.article], group: .article),
        KeyBinding([.character("t")], .showContents, "Contents: sections and questions",
                   on: [.library, .article, .contents, .faq], group: .article),
        KeyBinding([.character("f")], .showFAQ, "Questions and answers",
                   on: [.library, .article, .contents, .faq], group: .article),

        KeyBinding([.character("s")], .openSearch, "Search all articles",
                   on: [.library, .article, .contents, .help, .crisis], group: .everywhere),

        KeyBinding([.character("/")], .startFind, "Find in this article as you type", on: [.article], group: .find),
        KeyBinding([.enter], .acceptFind, "Keep the matches highlighted", on: [.find], group: .find),
        KeyBinding([.character("n")], .findNext, "Next match", on: [.article], group: .find),
        KeyBinding([.character("N")], .findPrevious, "Previous match", on: [.article], group: .find),
        KeyBinding([.escape], .cancelFind, "Clear the find and go back to where it started",
                   on: [.article, .find], group: .find),

        KeyBinding([.enter], .open, "Open the selected article", on: [.library], group: .library),
        KeyBinding([.character("/")], .openSearch, "Search all articles", on: [.library], group: .library),

        KeyBinding([.down], .down, "Next result", on: [.search], group: .search),
        KeyBinding([.up], .up, "Previous result", on: [.search], group: .search),
        KeyBinding([.pageDown], .pageDown, "Results a page down", on: [.search], group: .search),
        KeyBinding([.pageUp], .pageUp, "Results a page up", on: [.search], group: .search),
        KeyBinding([.enter], .open, "Read the selected result (Backspace comes back here)", on: [.search], group: .search),
        KeyBinding([.escape], .historyBack, "Back to where you were", on: [.search], group: .search),

        KeyBinding((1...9).map { .character(Character(String($0))) }, .chooseNumbered, "Go to that entry",
                   on: [.contents], group: .contents, label: "1-9"),
        KeyBinding([.enter], .open, "Go to the selected entry", on: [.contents], group: .contents),

        KeyBinding([.enter], .toggleAnswer, "Show or hide the answer", on: [.faq], group: .faq),
        KeyBinding([.right], .jumpToAnswer, "Read the answer in the article",
                   on: [.faq], group: .faq),
        KeyBinding([.character("/")], .startFilter,
                   "Filter by typing words; any letter or digit starts it",
                   on: [.faq], group: .faq),
        KeyBinding([.down], .down, "While filtering: next question", on: [.faqFilter], group: .faq),
        KeyBinding([.up], .up, "While filtering: previous question", on: [.faqFilter], group: .faq),
        KeyBinding([.enter], .jumpToAnswer, "While filtering: read the selected answer", on: [.faqFilter], group: .faq),
        KeyBinding([.escape], .clearFilter, "While filtering: clear the filter (Esc again closes)",
                   on: [.faqFilter], group: .faq),

        KeyBinding([.escape], .close, "Close", on: ScreenKind.overlays, group: .closing),

        KeyBinding([.tab, .down], .nextField, "Next field (in the message, ↓ goes down a line first)",
                   on: [.consultForm], group: .consult),
        KeyBinding([.backTab, .up], .previousField, "Previous field (in the message, ↑ goes up a line first)",
                   on: [.consultForm], group: .consult),
        KeyBinding([.enter], .open, "Next field; on Submit, check your answers (message: new line)",
                   on: [.consultForm], group: .consult),
        KeyBinding([.character(" "), .left, .right], .changeChoice,
                   "Change the contact choice; Space ticks the consent box",
                   on: [.consultForm], group: .consult),
        KeyBinding([.home, .end, .backspace, .delete, .control("u"), .control("k"), .control("w")], .editText,
                   "Edit text: Home End Backspace Delete Ctrl-U Ctrl-K Ctrl-W",
                   on: [.consultForm], group: .consult, label: "editing"),
        KeyBinding([.control("s")], .submitForm, "Check your answers before saving", on: [.consultForm], group: .consult),
        KeyBinding([.escape], .close, "Leave the form (asks first if you typed anything)",
                   on: [.consultForm], group: .consult),
        // s is yes (sí) in Spanish; the hint shows the letter of the interface's language.
        KeyBinding([.enter, .character("y"), .character("s")], .confirm, "Save the checked request", on: [.consultReview], group: .consult),
        KeyBinding([.character("e"), .escape], .close, "Back to the form to change an answer",
                   on: [.consultReview], group: .consult),
        KeyBinding([.character("y"), .character("s")], .confirm, "Yes: discard the request, or continue the unfinished one",
                   on: [.consultQuestion], group: .consult),
        KeyBinding([.character("n")], .decline, "No: keep editing, or delete the unfinished request",
                   on: [.consultQuestion], group: .consult),
        KeyBinding([.escape], .close, "Not now: back to the form, or decide later",
                   on: [.consultQuestion], group: .consult),
        KeyBinding([.enter], .close, "After saving: continue (any key does)", on: [.consultSaved], group: .consult),
    ])
}

extension KeyMap {
    /// The keys of a shared waiting-room terminal, where nothing closes the reader: no
    /// Ctrl-C, and q only goes back, so it is not offered on the library. Help and the
    /// status line read this map too, so a patient is never shown a key that does nothing.
    public static let kiosk = KeyMap(bindings: standard.bindings.compactMap { binding in
        switch binding.action {
        case .quit:
            return nil
        case .backOneLevel:
            return KeyBinding(binding.keys, binding.action, "Back one level",
                              on: binding.screens.subtracting([.library]), group: binding.group)
        default:
            return binding
        }
    })

    /// Status-line hints such as "?:help q:back", using the keys this map binds,
    /// so the hints change when the map does.
    func hints(_ items: [(Action, String)], on screen: ScreenKind) -> String {
        items.compactMap { action, word in key(for: action, on: screen).map { "\($0):\(word)" } }
            .joined(separator: " ")
    }

    /// As many of `items` as fit in `width` columns, in their order; `kept` are shown
    /// whatever the width (help, so the rest can always be found).
    func fittedHints(_ items: [(Action, String)], keeping kept: Set<Action> = [.showHelp],
                     on screen: ScreenKind, width: Int) -> String {
        let labelled = items.compactMap { action, word in key(for: action, on: screen).map { (action, "\($0):\(word)") } }
        var room = width - labelled.filter { kept.contains($0.0) }.reduce(0) { $0 + DisplayWidth.of($1.1) + 1 }
        var shown: [String] = []
        for (action, hint) in labelled {
            if kept.contains(action) {
                shown.append(hint)
            } else if DisplayWidth.of(hint) + 1 <= room {
                shown.append(hint)
                room -= DisplayWidth.of(hint) + 1
            } else {
                // Strictly in order: a less useful key never takes the place of a more useful one.
                room = 0
            }
        }
        return shown.joined(separator: " ")
    }

    /// The short name of the key that does `action` on `screen`.
    func key(for action: Action, on screen: ScreenKind) -> String? {
        guard let binding = bindings.first(where: { $0.action == action && $0.screens.contains(screen) }) else { return nil }
        let yes = Self.yesLetter
        if action == .confirm, yes != "y", binding.keys.contains(.character(yes)) { return String(yes) }
        return binding.shortLabel
    }

    /// The key that answers yes, in the interface's language (s for sí).
    static var yesLetter: Character { trc("the key that answers yes", "y").first ?? "y" }
}
