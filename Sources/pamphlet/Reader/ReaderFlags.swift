import ArgumentParser
import PamphletUI

/// Flags shared by every command that opens the reader.
struct ReaderFlags: ParsableArguments {
    @Flag(help: "Shared public terminal: never save reading positions, reset to the library when idle.")
    var kiosk = false

    @Flag(name: .customLong("no-color"), help: "Attributes only (bold, underline, reverse); also when NO_COLOR is set.")
    var noColor = false

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal so text can be selected.")
    var noMouse = false

    /// Where the terminal's own answer is wrong or missing: `--theme`, then `theme:`, then the
    /// terminal is asked (OSC 11, then COLORFGBG), then dark.
    @Option(help: ArgumentHelp("Colours for a light or a dark terminal background (default: `theme:` in "
                               + "pamphlet.yml; else ask the terminal; else dark).", valueName: "light|dark"))
    var theme: ThemeChoice?

    enum ThemeChoice: String, ExpressibleByArgument, CaseIterable { case light, dark }

    @Flag(help: "Line-by-line reader for screen readers: numbered menus, no cursor movement; also when ACCESSIBLE=1.")
    var plain = false

    func readerOptions(environment: [String: String]) -> ReaderOptions {
        // https://no-color.org: any non-empty value turns colour off.
        let noColorRequested = noColor || !(environment["NO_COLOR"] ?? "").isEmpty
        return ReaderOptions(kiosk: kiosk, color: !noColorRequested, mouse: !noMouse)
    }

    func wantsPlainReader(environment: [String: String]) -> Bool {
        plain || environment["ACCESSIBLE"] == "1"
    }
}
