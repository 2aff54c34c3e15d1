import PamphletCore

/// Styles for article text and for the reader's own chrome. Every style is built
/// from attributes first and colours second, so the attributes-only theme
/// (NO_COLOR, monochrome) still tells a heading from a link from the crisis banner.
public struct Theme: Sendable {
    public let usesColor: Bool

    public init(color: Bool) {
        usesColor = color
    }

    public func style(for role: SpanRole) -> Style {
        switch role {
        case .body: .plain
        case .heading(let level):
            paint(Style(bold: true, underline: level == 1), level <= 2 ? .cyan : .blue)
        case .emphasis: Style(italic: true)
        case .strong: Style(bold: true)
        case .strongEmphasis: Style(bold: true, italic: true)
        case .code: paint(Style(dim: !usesColor), .yellow)
        case .link: paint(Style(underline: true), .blue)
        case .linkTarget: Style(dim: true)
        case .quote: paint(Style(italic: true), .green)
        case .listMarker: paint(Style(bold: true), .cyan)
        case .tableBorder: Style(dim: true)
        case .tableHeader: Style(bold: true)
        case .rule: Style(dim: true)
        case .crisis: crisisBanner
        case .disclaimer: Style(dim: true, italic: true)
        case .meta: Style(dim: true)
        case .match: paint(Style(reverse: true), .yellow)
        case .replaced: Style(reverse: true)
        }
    }

    // The reader's chrome.
    public var title: Style { Style(bold: true) }
    public var subtle: Style { Style(dim: true) }
    public var statusBar: Style { Style(reverse: true) }
    public var selection: Style { Style(reverse: true) }
    public var sectionTitle: Style { paint(Style(bold: true), .cyan) }
    public var crisisBanner: Style { paint(Style(bold: true, reverse: !usesColor), .red) }
    public var crisisText: Style { paint(Style(bold: true), .red) }

    private func paint(_ attributes: Style, _ foreground: Color) -> Style {
        guard usesColor else { return attributes }
        var style = attributes
        style.foreground = foreground
        return style
    }
}
