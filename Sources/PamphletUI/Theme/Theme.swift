import PamphletCore

/// Whether the terminal paints dark text on a light background or the reverse;
/// the colours that can be read on one vanish on the other.
public enum ThemeBackground: String, Sendable, CaseIterable {
    case dark, light
}

/// Styles for article text and for the reader's own chrome. Every style is built
/// from attributes first and colours second, so the attributes-only theme
/// (NO_COLOR, monochrome) still tells a heading from a link from the crisis banner.
///
/// The colours are chosen per background so that each reaches WCAG's 4.5:1 for body
/// text against it with xterm's default palette (ThemeTests computes the ratios): on
/// black, cyan, green and yellow do and blue does not (2.2:1); on white, blue, magenta
/// and red do and cyan, green and yellow do not (2.0, 2.2 and 1.7:1). Where no colour
/// reaches it the role keeps the terminal's own text colour and its attributes.
public struct Theme: Sendable {
    public let usesColor: Bool
    public let background: ThemeBackground

    public init(color: Bool, background: ThemeBackground = .dark) {
        usesColor = color
        self.background = background
    }

    /// Headings and list markers: the one accent colour of the theme.
    private var accent: Color { background == .dark ? .cyan : .blue }

    public func style(for role: SpanRole) -> Style {
        switch role {
        case .body: .plain
        case .heading(let level): paint(Style(bold: true, underline: level == 1), accent)
        case .emphasis: Style(italic: true)
        case .strong: Style(bold: true)
        case .strongEmphasis: Style(bold: true, italic: true)
        case .code: paint(Style(dim: !usesColor), background == .dark ? .yellow : .magenta)
        case .link: paint(Style(underline: true), background == .dark ? .green : .blue)
        case .linkTarget: Style(dim: true)
        // No colour reaches 4.5:1 for a quote on both backgrounds beside the others: italic alone.
        case .quote: Style(italic: true)
        case .listMarker: paint(Style(bold: true), accent)
        case .tableBorder: Style(dim: true)
        case .tableHeader: Style(bold: true)
        case .rule: Style(dim: true)
        case .crisis: crisisBanner
        case .disclaimer: Style(dim: true, italic: true)
        case .meta: Style(dim: true)
        // Black on yellow, whatever the terminal's own colours (12.4:1).
        case .match: usesColor ? Style(foreground: .black, background: .yellow) : Style(reverse: true)
        case .replaced: Style(reverse: true)
        }
    }

    // The reader's chrome.
    public var title: Style { Style(bold: true) }
    public var subtle: Style { Style(dim: true) }
    public var statusBar: Style { Style(reverse: true) }
    public var selection: Style { Style(reverse: true) }
    public var sectionTitle: Style { paint(Style(bold: true), accent) }
    /// The most visible thing on screen in both themes: white on red (4.6:1), bold;
    /// red text alone is 3.6:1 on black.
    public var crisisBanner: Style {
        usesColor ? Style(foreground: .white, background: .red, bold: true) : Style(bold: true, reverse: true)
    }
    /// Crisis lines inside a screen's text: red reaches 5.8:1 on white only; on black, bold white.
    public var crisisText: Style { paint(Style(bold: true), background == .dark ? .white : .red) }

    private func paint(_ attributes: Style, _ foreground: Color) -> Style {
        guard usesColor else { return attributes }
        var style = attributes
        style.foreground = foreground
        return style
    }
}
