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
        KeyBinding([.control("c")], .quit, tr("Close Pamphlet"), on: everywhere, group: .everywhere),
        KeyBinding([.character("q")], .backOneLevel, tr("Back one level; from the library, close Pamphlet"),
                   on: everywhere, group: .everywhere),
        KeyBinding([.character("?"), .function(1)], .showHelp, tr("This help"), on: everywhere, group: .everywhere),
        KeyBinding([.character("!")], .showCrisis, tr("Crisis help: who to contact right now"),
                   on: everywhere, group: .everywhere),
        KeyBinding([.backspace, .left], .historyBack, tr("Back to the previous place"), on: everywhere, group: .everywhere),
        KeyBinding([.right], .historyForward, tr("Forward again"), on: everywhere, group: .everywhere),
        KeyBinding([.character("c")], .requestConsult, tr("Request a consultation with the clinic"),
                   on: reading, group: .everywhere),
        KeyBinding([.character("m")], .toggleMouse, tr("Mouse wheel on/off (off lets you select text)"),
                   on: everywhere, group: .everywhere),

        KeyBinding([.character("j"), .down], .down, tr("Down a line, or the next item"), on: scrolling, group: .moving),
        KeyBinding([.character("k"), .up], .up, tr("Up a line, or the previous item"), on: scrolling, group: .moving),
        KeyBinding([.character(" "), .pageDown], .pageDown, tr("Down a page"), on: scrolling, group: .moving),
        KeyBinding([.character("b"), .pageUp], .pageUp, tr("Up a page"), on: scrolling, group: .moving),
        KeyBinding([.character("g"), .home], .top, tr("To the top"), on: scrolling, group: .moving),
        KeyBinding([.character("G"), .end], .bottom, tr("To the end"), on: scrolling, group: .moving),
        KeyBinding([.wheelDown], .wheelDown, tr("Scroll down"), on: scrolling, group: .moving),
        KeyBinding([.wheelUp], .wheelUp, tr("Scroll up"), on: scrolling, group: .moving),

        KeyBinding([.character("d")], .halfPageDown, tr("Down half a page"), on: [.article, .help], group: .article),
        KeyBinding([.character("u")], .halfPageUp, tr("Up half a page"), on: [.article, .help], group: .article),
        KeyBinding([.character("]")], .nextSection, tr("Next section"), on: [.article], group: .article),
        KeyBinding([.character("[")], .previousSection, tr("Previous section"), on: [.article], group: .article),
        KeyBinding([.tab], .nextLink, tr("Next link"), on: [.article], group: .article),
        KeyBinding([.backTab], .previousLink, tr("Previous link"), on: [.article], group: .article),
        KeyBinding([.enter], .followLink,
                   tr("Follow the chosen link (Backspace comes back)"),
                   on: [.article], group: .article),
        KeyBinding([.character("t")], .showContents, tr("Contents: sections and questions"),
                   on: [.library, .article, .contents, .faq], group: .article),
        KeyBinding([.character("f")], .showFAQ, tr("Questions and answers"),
                   on: [.library, .article, .contents, .faq], group: .article),

        KeyBinding([.character("s")], .openSearch, tr("Search all articles"),
                   on: [.library, .article, .contents, .help, .crisis], group: .everywhere),

        KeyBinding([.character("/")], .startFind, tr("Find in this article as you type"), on: [.article], group: .find),
        KeyBinding([.enter], .acceptFind, tr("Keep the matches highlighted"), on: [.find], group: .find),
        KeyBinding([.character("n")], .findNext, tr("Next match"), on: [.article], group: .find),
        KeyBinding([.character("N")], .findPrevious, tr("Previous match"), on: [.article], group: .find),
        KeyBinding([.escape], .cancelFind, tr("Clear the find and go back to where it started"),
                   on: [.article, .find], group: .find),

        KeyBinding([.enter], .open, tr("Open the selected article"), on: [.library], group: .library),
        KeyBinding([.character("/")], .openSearch, tr("Search all articles"), on: [.library], group: .library),
        // The other language by its own name, so that a patient who cannot read this one finds it.
        KeyBinding([.character("L")], .switchLanguage, tr("Show Pamphlet in %1$s", Localization.language.next.nativeName),
                   on: [.library], group: .library),

        KeyBinding([.down], .down, tr("Next result"), on: [.search], group: .search),
        KeyBinding([.up], .up, tr("Previous result"), on: [.search], group: .search),
        KeyBinding([.pageDown], .pageDown, tr("Results a page down"), on: [.search], group: .search),
        KeyBinding([.pageUp], .pageUp, tr("Results a page up"), on: [.search], group: .search),
        KeyBinding([.enter], .open, tr("Read the selected result (Backspace comes back here)"), on: [.search], group: .search),
        KeyBinding([.escape], .historyBack, tr("Back to where you were"), on: [.search], group: .search),

        KeyBinding((1...9).map { .character(Character(String($0))) }, .chooseNumbered, tr("Go to that entry"),
                   on: [.contents], group: .contents, label: "1-9"),
        KeyBinding([.enter], .open, tr("Go to the selected entry"), on: [.contents], group: .contents),

        KeyBinding([.enter], .toggleAnswer, tr("Show or hide the answer"), on: [.faq], group: .faq),
        KeyBinding([.right], .jumpToAnswer, tr("Read the answer in the article"),
                   on: [.faq], group: .faq),
        KeyBinding([.character("/")], .startFilter,
                   tr("Filter by typing words; any letter or digit starts it"),
                   on: [.faq], group: .faq),
        KeyBinding([.down], .down, tr("While filtering: next question"), on: [.faqFilter], group: .faq),
        KeyBinding([.up], .up, tr("While filtering: previous question"), on: [.faqFilter], group: .faq),
        KeyBinding([.enter], .jumpToAnswer, tr("While filtering: read the selected answer"), on: [.faqFilter], group: .faq),
        KeyBinding([.escape], .clearFilter, tr("While filtering: clear the filter (Esc again closes)"),
                   on: [.faqFilter], group: .faq),

        KeyBinding([.escape], .close, tr("Close"), on: ScreenKind.overlays, group: .closing),

        KeyBinding([.tab, .down], .nextField, tr("Next field (in the message, ↓ goes down a line first)"),
                   on: [.consultForm], group: .consult),
        KeyBinding([.backTab, .up], .previousField, tr("Previous field (in the message, ↑ goes up a line first)"),
                   on: [.consultForm], group: .consult),
        KeyBinding([.enter], .open, tr("Next field; on Submit, check your answers (message: new line)"),
                   on: [.consultForm], group: .consult),
        KeyBinding([.character(" "), .left, .right], .changeChoice,
                   tr("Change the contact choice; Space ticks the consent box"),
                   on: [.consultForm], group: .consult),
        KeyBinding([.home, .end, .backspace, .delete, .control("u"), .control("k"), .control("w")], .editText,
                   tr("Edit text: Home End Backspace Delete Ctrl-U Ctrl-K Ctrl-W"),
                   on: [.consultForm], group: .consult, label: trc("key label", "editing")),
        KeyBinding([.control("s")], .submitForm, tr("Check your answers before saving"), on: [.consultForm], group: .consult),
        KeyBinding([.escape], .close, tr("Leave the form (asks first if you typed anything)"),
                   on: [.consultForm], group: .consult),
        // s is yes (sí) in Spanish; the hint shows the letter of the interface's language.
        KeyBinding([.enter, .character("y"), .character("s")], .confirm, tr("Save the checked request"), on: [.consultReview], group: .consult),
        KeyBinding([.character("e"), .escape], .close, tr("Back to the form to change an answer"),
                   on: [.consultReview], group: .consult),
        KeyBinding([.character("y"), .character("s")], .confirm, tr("Yes: discard the request, or continue the unfinished one"),
                   on: [.consultQuestion], group: .consult),
        KeyBinding([.character("n")], .decline, tr("No: keep editing, or delete the unfinished request"),
                   on: [.consultQuestion], group: .consult),
        KeyBinding([.escape], .close, tr("Not now: back to the form, or decide later"),
                   on: [.consultQuestion], group: .consult),
        KeyBinding([.enter], .close, tr("After saving: continue (any key does)"), on: [.consultSaved], group: .consult),
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
            return KeyBinding(binding.keys, binding.action, tr("Back one level"),
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
