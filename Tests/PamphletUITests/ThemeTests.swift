import Testing
import PamphletCore
@testable import PamphletUI

@Suite struct ThemeTests {
    static let roles: [SpanRole] = [.body, .heading(level: 1), .heading(level: 3), .emphasis, .strong, .strongEmphasis,
                                    .code, .link, .linkTarget, .quote, .listMarker, .tableBorder, .tableHeader, .rule,
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
        for role: SpanRole in [.heading(level: 1), .heading(level: 2), .link, .crisis, .match, .strong, .emphasis, .code] {
            #expect(theme.style(for: role) != .plain, "\(role) looks like body text without colour")
        }
        #expect(theme.crisisBanner.reverse)
    }

    @Test func colourThemeKeepsTheSameAttributes() {
        let colour = Theme(color: true), mono = Theme(color: false)
        for role in Self.roles where role != .code {
            var stripped = colour.style(for: role)
            stripped.foreground = .terminalDefault
            #expect(stripped.bold == mono.style(for: role).bold && stripped.underline == mono.style(for: role).underline, "\(role)")
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
