import Foundation
import Testing
import PamphletUI

/// The README's key table is the key map, as the Help screen is: a key added or
/// changed in the map fails this test until the README says the same.
@Suite struct ReadmeKeysTests {
    static func keysTable(_ keyMap: KeyMap) -> String {
        var lines: [String] = []
        for group in KeyBinding.Group.allCases {
            let bindings = keyMap.bindings(in: group)
            guard !bindings.isEmpty else { continue }
            lines += ["", "**\(group.title)**", "", "| keys | what they do |", "| --- | --- |"]
            for binding in bindings {
                let label = binding.keyLabel.replacingOccurrences(of: "|", with: "\\|")
                lines.append("| `\(label)` | \(binding.description) |")
            }
        }
        return lines.dropFirst().joined(separator: "\n")
    }

    @Test func readmeListsEveryKeyOfTheKeyMap() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- keys:begin -->"))
        let end = try #require(text.range(of: "<!-- keys:end -->", range: begin.upperBound..<text.endIndex))
        let documented = text[begin.upperBound..<end.lowerBound].trimmingCharacters(in: .newlines)
        let expected = Self.keysTable(KeyMap.standard)
        #expect(documented == expected, "README.md's key table should read:\n\(expected)")
    }
}
