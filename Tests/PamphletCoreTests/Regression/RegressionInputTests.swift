import Foundation
import Testing
@testable import PamphletCore

/// Inputs that once crashed or hung Pamphlet (found by fuzzing or hostile-input
/// tests), kept in Fixtures/regression/ and replayed here. Each is listed with
/// the outcome it must have now; a new crashing input from `make fuzz` gets a
/// file there and a line here.
@Suite struct RegressionInputTests {
    private static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/regression/\(name)"))
        return Array(try Data(contentsOf: url))
    }

    /// Every committed input has an expectation below, so none is silently skipped.
    @Test func everyRegressionInputIsReplayed() throws {
        let folder = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/regression"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == Self.articleOutcomes.keys.sorted())
    }

    /// File name -> the loader's error, or nil when it must load.
    static let articleOutcomes: [String: String?] = [
        // A billion-laughs alias used as a mapping key: Yams hashed its 10⁹-value expansion forever.
        "yaml-alias-bomb-as-key.md": "error: front matter uses the YAML alias '*a0'; write the value out instead",
        // The same bomb with its lines joined by U+2028, which libyaml takes as a line end and
        // a text scan splitting on "\n" did not: the scan saw comments, `list` took 42 s (issue 10).
        "yaml-alias-bomb-line-separators.md": "error: front matter uses the YAML alias '*a0'; write the value out instead",
        // Keys after a block scalar in a list item were taken for block text by the text scan,
        // so the alias used as a key below them was not seen (issue 10).
        "yaml-alias-after-block-scalar-in-list.md": "error: front matter uses the YAML alias '*a'; write the value out instead",
        // A tab followed by a combining mark in a code line: the tab was not expanded and
        // reached the terminal (the loading fuzzer's check, run 2026-11-25).
        "tab-before-combining-mark.md": nil,
    ]

    @Test(arguments: articleOutcomes.keys.sorted())
    func articleInputLoadsOrFailsCleanly(name: String) throws {
        let input = try Self.bytes(name)
        let expected = try #require(Self.articleOutcomes[name])
        let outcome: String? = withinHangGuard("loading \(name)") {
            do throws(Diagnostic) {
                let article = try ArticleLoader().parse(bytes: input, id: "regression", path: name)
                for width in [40, 80] {
                    let lines = ArticleRenderer.render(article, width: width)
                    #expect(lines.allSatisfy { DisplayWidth.of($0.spans) <= width })
                    let controls = lines.flatMap(\.spans).flatMap(\.text.unicodeScalars).filter { $0.value < 0x20 }
                    #expect(controls.isEmpty, "control characters in rendered text: \(controls.map(\.value))")
                }
                return nil
            } catch {
                return "\(error.level): \(error.message)"
            }
        }
        #expect(outcome == expected)
    }
}
