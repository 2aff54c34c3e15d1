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
}
