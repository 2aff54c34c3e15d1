import Testing
import PamphletCore
@testable import PamphletUI

@Suite struct ThemeTests {
    static let roles: [SpanRole] = [.body, .heading(level: 1), .heading(level: 3), .emphasis, .strong, .strongEmphasis,
                                    .code, .link(Link(destination: "#faq", line: 1)), .link(Link(destination: "https://example.org", line: 1)), .linkTarget, .quote, .listMarker, .tableBorder, .tableHeader, .rule,
                                    .crisis, .disclaimer, .meta, .match, .replaced]

    @Test func noColorThemeUsesAttributesOnly() {
        let theme = Theme(color: false)
        for role in Self.roles {
            let style = theme.style(for: role)
            #expect(style.foreground == .terminalDefault && style.background == .terminalDefault, "\(role)")
        }
        for style in [theme.statusBar, theme.selection, theme.crisisBanner, theme.crisisText, theme.sectionTitle] {
            #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
        }
    }

    @Test func meaningfulRolesStandOutWithoutColour() {
        let theme = Theme(color: false)
        for role: SpanRole in [.heading(level: 1), .heading(level: 2), .link(Link(destination: "#a", line: 1)), .crisis, .match, .strong, .emphasis, .code] {
            #expect(theme.style(for: role) != .plain, "\(role) looks like body text without colour")
        }
        #expect(theme.crisisBanner.reverse)
    }

    /// Colour adds to the attributes and takes none away: a reader whose terminal drops
    /// colours sees the same bold, underline, italic and reverse as under NO_COLOR.
    @Test func colourThemeKeepsTheSameAttributes() {
        let colour = Theme(color: true), mono = Theme(color: false)
        for role in Self.roles {
            var coloured = colour.style(for: role)
            coloured.foreground = .terminalDefault
            coloured.background = .terminalDefault
            var expected = mono.style(for: role)
            // Where colour is missing an attribute stands in for it: code is dim, the crisis
            // banner and the matches reversed.
            if role == .code { expected.dim = false }
            if role == .crisis || role == .match { expected.reverse = false }
            #expect(coloured == expected, "\(role)")
        }
    }

    @Test func articleHeadingsArePaintedWithTheirRole() {
        let app = ReaderApp.sized(80, 24, options: ReaderOptions(color: false), openArticle: "first-visit")
        let frame = app.view(width: 80, height: 24)
        let rowOfTitle = frame.lines.firstIndex { $0.hasPrefix(" Preparing for Your First Visit ") && !$0.contains("%") }
        #expect(rowOfTitle != nil)
        if let row = rowOfTitle { #expect(frame[1, row].style.bold) }
        #expect(frame[1, frame.height - 1].style.reverse, "status bar")
    }
}
