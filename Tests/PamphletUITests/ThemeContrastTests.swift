#if canImport(Glibc)
import Glibc
#endif
import Testing
import PamphletCore
@testable import PamphletUI

/// Every coloured role must be readable: WCAG's 4.5:1 for body text, computed with
/// xterm's default palette on the black and the white background each theme is for.
@Suite struct ThemeContrastTests {
    /// xterm's default colours 0-7 (XTerm-col.ad), as sRGB bytes.
    static let xterm: [Color: (Int, Int, Int)] = [
        .black: (0x00, 0x00, 0x00), .red: (0xCD, 0x00, 0x00), .green: (0x00, 0xCD, 0x00),
        .yellow: (0xCD, 0xCD, 0x00), .blue: (0x00, 0x00, 0xEE), .magenta: (0xCD, 0x00, 0xCD),
        .cyan: (0x00, 0xCD, 0xCD), .white: (0xE5, 0xE5, 0xE5),
    ]
    /// The terminal's own text and background colours under each theme.
    static let terminal: [ThemeBackground: (foreground: (Int, Int, Int), background: (Int, Int, Int))] = [
        .dark: ((0xE5, 0xE5, 0xE5), (0x00, 0x00, 0x00)),
        .light: ((0x00, 0x00, 0x00), (0xFF, 0xFF, 0xFF)),
    ]

    static func luminance(_ rgb: (Int, Int, Int)) -> Double {
        ThemeBackground.relativeLuminance(red: Double(rgb.0) / 255, green: Double(rgb.1) / 255, blue: Double(rgb.2) / 255)
    }

    static func contrast(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// The text and background colours a style shows on a terminal of `background`.
    static func shown(_ style: Style, on background: ThemeBackground) -> (text: (Int, Int, Int), ground: (Int, Int, Int)) {
        let own = terminal[background]!
        var text = style.foreground == .terminalDefault ? own.foreground : xterm[style.foreground]!
        var ground = style.background == .terminalDefault ? own.background : xterm[style.background]!
        if style.reverse { swap(&text, &ground) }
        return (text, ground)
    }

    static let roles: [SpanRole] = [.body, .heading(level: 1), .heading(level: 2), .heading(level: 3), .emphasis,
                                    .strong, .strongEmphasis, .code, .link(Link(destination: "#a", line: 1)), .quote, .listMarker, .tableHeader,
                                    .crisis, .match, .replaced]

    @Test func theFiguresOfTheIssueAreWhatThisComputes() {
        // The old theme's colours, as measured in a real xterm.
        #expect(abs(Self.contrast(Self.xterm[.cyan]!, (255, 255, 255)) - 2.0) < 0.05)
        #expect(abs(Self.contrast(Self.xterm[.yellow]!, (255, 255, 255)) - 1.7) < 0.05)
        #expect(abs(Self.contrast(Self.xterm[.blue]!, (0, 0, 0)) - 2.2) < 0.05)
        #expect(abs(Self.contrast(Self.xterm[.red]!, (0, 0, 0)) - 3.6) < 0.05)
    }

    @Test(arguments: ThemeBackground.allCases)
    func everyColouredRoleReachesFourAndAHalfToOne(background: ThemeBackground) {
        let theme = Theme(color: true, background: background)
        var styles: [(String, Style)] = Self.roles.map { ("\($0)", theme.style(for: $0)) }
        styles += [("crisis banner", theme.crisisBanner), ("crisis text", theme.crisisText),
                   ("section title", theme.sectionTitle), ("form error", theme.formError),
                   ("current match", theme.currentMatch), ("status bar", theme.statusBar)]
        for (name, style) in styles where !style.dim {
            let (text, ground) = Self.shown(style, on: background)
            let ratio = Self.contrast(text, ground)
            #expect(ratio >= 4.5, "\(name) on \(background): \(ratio):1")
        }
    }

    /// The crisis banner stays what is seen first: it alone has a coloured background.
    @Test(arguments: ThemeBackground.allCases)
    func theCrisisBannerStaysTheMostVisible(background: ThemeBackground) {
        let theme = Theme(color: true, background: background)
        #expect(theme.crisisBanner.background == .red && theme.crisisBanner.bold)
        for role in Self.roles where role != .crisis && role != .match {
            #expect(theme.style(for: role).background == .terminalDefault, "\(role)")
        }
    }

    @Test func theTerminalsAnswerChoosesTheTheme() {
        #expect(ThemeBackground(osc11Reply: Array("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\\u{1B}[?62;c".utf8)) == .light)
        #expect(ThemeBackground(osc11Reply: Array("\u{1B}]11;rgb:1e1e/1e1e/2e2e\u{07}".utf8)) == .dark)
        #expect(ThemeBackground(osc11Reply: Array("\u{1B}]11;rgb:fd/f6/e3\u{07}".utf8)) == .light)  // Solarized light
        #expect(ThemeBackground(osc11Reply: Array("\u{1B}[?62;22c".utf8)) == nil, "only the device attributes")
        #expect(ThemeBackground(colorfgbg: "15;0") == .dark)
        #expect(ThemeBackground(colorfgbg: "0;15") == .light)
        #expect(ThemeBackground(colorfgbg: "default;default;7") == .light)
        #expect(ThemeBackground(colorfgbg: "7;8") == .dark)
        #expect(ThemeBackground(colorfgbg: "nonsense") == nil)
    }

    @Test func theLightThemeIsChosenByTheOptions() {
        let app = ReaderApp.sized(80, 24, options: ReaderOptions(background: .light), openArticle: "first-visit")
        let frame = app.view(width: 80, height: 24)
        let row = frame.lines.firstIndex { $0.hasPrefix(" Preparing for Your First Visit ") && !$0.contains("%") }
        #expect(row.map { frame[1, $0].style.foreground } == .blue)
    }
}
