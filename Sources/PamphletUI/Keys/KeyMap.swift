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
    private static let scrolling: Set<ScreenKind> = [.library, .article, .contents, .faq, .help]

    public static let standard = KeyMap(bindings: [
        KeyBinding([.control("c")], .quit, "Quit now", on: everywhere, group: .everywhere),
        KeyBinding([.character("q")], .backOneLevel, "Back one level; quit from the library",
                   on: everywhere, group: .everywhere),
        KeyBinding([.character("?"), .function(1)], .showHelp, "This help", on: everywhere, group: .everywhere),
        KeyBinding([.character("!")], .showCrisis, "Crisis help: who to contact right now",
                   on: everywhere, group: .everywhere),
        KeyBinding([.backspace, .left], .historyBack, "Back to the previous place", on: everywhere, group: .everywhere),
        KeyBinding([.right], .historyForward, "Forward again", on: everywhere, group: .everywhere),
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
        KeyBinding([.character("t")], .showContents, "Contents: sections and questions",
                   on: [.article, .contents, .faq], group: .article),
        KeyBinding([.character("f")], .showFAQ, "Questions and answers",
                   on: [.article, .contents, .faq], group: .article),

        KeyBinding([.enter], .open, "Open the selected article", on: [.library], group: .library),

        KeyBinding((1...9).map { .character(Character(String($0))) }, .chooseNumbered, "Select that entry",
                   on: [.contents], group: .contents, label: "1-9"),
        KeyBinding([.enter], .open, "Go to the selected entry", on: [.contents], group: .contents),

        KeyBinding([.enter], .toggleAnswer, "Show or hide the answer", on: [.faq], group: .faq),
        KeyBinding([.character("o"), .right], .jumpToAnswer, "Read the answer in the article",
                   on: [.faq], group: .faq),

        KeyBinding([.escape], .close, "Close", on: ScreenKind.overlays, group: .closing),
    ])
}

extension KeyMap {
    /// Status-line hints such as "?:help q:back", using the keys this map binds,
    /// so the hints change when the map does.
    func hints(_ items: [(Action, String)], on screen: ScreenKind) -> String {
        items.compactMap { action, word in key(for: action, on: screen).map { "\($0):\(word)" } }
            .joined(separator: " ")
    }

    /// The short name of the key that does `action` on `screen`.
    func key(for action: Action, on screen: ScreenKind) -> String? {
        bindings.first { $0.action == action && $0.screens.contains(screen) }?.shortLabel
    }
}
