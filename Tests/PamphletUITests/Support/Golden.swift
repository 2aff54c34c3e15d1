import Foundation
import Testing
import PamphletCore
@testable import PamphletUI

/// Compares a frame's text and styles with Golden/<name>.txt. With PAMPHLET_UPDATE_GOLDEN=1
/// the file is written instead, to be read and reviewed before committing.
/// Rows sit between bars so that trailing spaces survive editors. Below the text, a
/// second grid gives each cell's style as one letter (as ratatui's buffer debug output
/// lists styles beside the text), so a golden shows which words are highlighted.
func expectGolden(_ frame: Frame, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let text = "\(frame.width)x\(frame.height)\n" + frame.lines.map { "|\($0)|" }.joined(separator: "\n") + "\n"
        + "styles: \(GoldenStyles.legend)\n" + GoldenStyles.rows(of: frame).map { "|\($0)|" }.joined(separator: "\n") + "\n"
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["PAMPHLET_UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(throws: Never.self, sourceLocation: sourceLocation) { try text.write(to: url, atomically: true, encoding: .utf8) }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing golden file Golden/\(name).txt (run with PAMPHLET_UPDATE_GOLDEN=1)", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "frame differs from Golden/\(name).txt", sourceLocation: sourceLocation)
}

/// One letter per cell for the role its style plays, told apart as the reader's
/// default theme (colour, dark background) paints them; a style of no known role
/// is named by its strongest attribute.
enum GoldenStyles {
    static let legend = "c=crisis M=current match m=match h=heading l=link k=code b=bold r=reverse u=underline i=italic d=dim ' '=plain"

    private static let theme = Theme(color: true, background: .dark)

    /// Most specific first: the crisis banner and a match outrank what they sit on.
    private static let roles: [(Style, Character)] = {
        var roles: [(Style, Character)] = [(theme.crisisBanner, "c"), (theme.crisisText, "c"),
                                           (theme.currentMatch, "M"), (theme.style(for: .match), "m")]
        roles += (1...6).map { (theme.style(for: .heading(level: $0)), "h") }
        roles += [(theme.sectionTitle, "h"), (theme.style(for: .link(Link(destination: "", line: 1))), "l"), (theme.style(for: .code), "k")]
        return roles
    }()

    static func letter(for style: Style) -> Character {
        if let role = roles.first(where: { $0.0 == style }) { return role.1 }
        if style.reverse { return "r" }
        if style.bold { return "b" }
        if style.underline { return "u" }
        if style.italic { return "i" }
        if style.dim { return "d" }
        return " "
    }

    /// A letter for every column, the right half of a wide character included.
    static func rows(of frame: Frame) -> [String] {
        (0..<frame.height).map { y in String((0..<frame.width).map { letter(for: frame[$0, y].style) }) }
    }
}
