import Foundation
import PamphletCore
@testable import PamphletUI

/// Keys written as a person would say them: "j, ], Enter, Backspace, Ctrl-C".
enum KeyScript {
    static func keys(_ script: String) -> [Key] {
        script.split(separator: ",").map { token in
            let name = token.trimmingCharacters(in: .whitespaces)
            switch name {
            case "Enter": return .enter
            case "Tab": return .tab
            case "Shift-Tab": return .backTab
            case "Backspace": return .backspace
            case "Esc": return .escape
            case "Space": return .character(" ")
            case "Up": return .up
            case "Down": return .down
            case "Left": return .left
            case "Right": return .right
            case "PgDn": return .pageDown
            case "PgUp": return .pageUp
            case "Home": return .home
            case "End": return .end
            case "F1": return .function(1)
            case "Ctrl-C": return .control("c")
            case "comma": return .character(",")
            default:
                precondition(name.count == 1, "unknown key name \(name)")
                return .character(name.first!)
            }
        }
    }
}

extension ReaderApp {
    /// Sends each key of the script; returns every effect, in order.
    @discardableResult
    mutating func press(_ script: String) -> [Effect] {
        KeyScript.keys(script).flatMap { update(Msg($0)) }
    }

    /// A reader already sized like a terminal of `width` x `height`.
    static func sized(_ width: Int, _ height: Int, library: Library = Fixtures.library,
                      options: ReaderOptions = ReaderOptions(), openArticle: String? = nil,
                      section: String? = nil, positions: [String: Int] = [:]) -> ReaderApp {
        ReaderApp(library: library, options: options, openArticle: openArticle,
                  section: section, positions: positions, size: Size(width: width, height: height))
    }

    /// Sends keys; returns every effect, in order.
    @discardableResult
    mutating func keys(_ keys: Key...) -> [Effect] {
        keys.flatMap { update(Msg($0)) }
    }

    /// Types `text` one character (grapheme) at a time, as a person would.
    mutating func type(_ text: String) {
        for character in text { _ = update(.key(.character(character))) }
    }

    /// The bottom row of the screen: the status line or a prompt.
    func bottomLine(_ width: Int, _ height: Int) -> String {
        view(width: width, height: height).lines.last ?? ""
    }

    func screenText(_ width: Int, _ height: Int) -> String {
        view(width: width, height: height).lines.joined(separator: "\n")
    }
}
