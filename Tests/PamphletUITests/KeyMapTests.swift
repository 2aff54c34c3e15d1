import Testing
@testable import PamphletUI

@Suite struct KeyMapTests {
    @Test func helpListsEveryBinding() {
        var app = ReaderApp.sized(80, 24)
        app.press("?")
        var seen = ""
        for _ in 0..<16 {
            seen += app.screenText(80, 24)
            app.press("Space")
        }
        for binding in KeyMap.standard.bindings {
            #expect(seen.contains(binding.keyLabel + " "), "help lacks the keys \(binding.keyLabel)")
            #expect(seen.contains(binding.description), "help lacks \(binding.description)")
        }
    }

    @Test func noKeyMeansTwoThingsOnOneScreen() {
        for screen in ScreenKind.allCases {
            for global in [true, false] {
                let keys = KeyMap.standard.bindings
                    .filter { $0.screens.contains(screen) && $0.isGlobal == global }
                    .flatMap(\.keys)
                #expect(Set(keys).count == keys.count, "duplicate key on \(screen)")
            }
        }
    }

    @Test func screenBindingsWinOverGlobalOnes() {
        #expect(KeyMap.standard.binding(for: .right, on: .faq)?.action == .jumpToAnswer)
        #expect(KeyMap.standard.binding(for: .right, on: .article)?.action == .historyForward)
    }

    /// Help lists each binding's keys beside what they do; every one of those keys, on
    /// every screen the binding names, must reach that binding. The one exception is
    /// the documented rule: a key bound for particular screens wins there over a key
    /// of "Everywhere" (→ reads the answer on the FAQ screen).
    @Test func everyBoundKeyDoesWhatHelpSays() {
        for binding in KeyMap.standard.bindings {
            for screen in binding.screens {
                for key in binding.keys {
                    let dispatched = KeyMap.standard.binding(for: key, on: screen)
                    let overridden = binding.isGlobal && dispatched.map { !$0.isGlobal } == true
                    #expect(dispatched == binding || overridden,
                            "on \(screen), \(key.displayName) is listed as '\(binding.description)' but does '\(dispatched?.description ?? "nothing")'")
                }
            }
        }
    }
}
