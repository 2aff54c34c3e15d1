import Testing
@testable import PamphletCore

/// The scanner must find every alias Yams would expand, and nothing else:
/// a `*` in text is common in front matter written by people.
@Suite struct FrontMatterAliasScannerTests {
    @Test(arguments: [
        ("a: *x", "x", 1),
        ("a:\n  - b\n  - *list", "list", 3),
        ("? *key\n: v", "key", 1),
        ("*key : v", "key", 1),
        ("a: [b, *c]", "c", 1),
        ("a: {k: [1, {? *deep : 2}]}", "deep", 1),
        ("a: \"multi-line\n  quoted\"\nb: *after", "after", 3),
        ("a: |\n  *in the block\nb: *after", "after", 3),
        ("\"quoted key\": *x", "x", 1),
        // libyaml ends lines at U+2028, U+2029 and U+0085 too: a comment ends there.
        ("a: 1 #\u{2028}b: *x", "x", 2),
        ("a: 1 #\u{2029}b: *x", "x", 2),
        ("a: 1 #\u{85}b: *x", "x", 2),
        ("x:\n  - z: |\n      t\n    a: &a [lol]\n    b: {*a: 1}", "a", 5),
    ])
    func findsTheAlias(yaml: String, name: String, line: Int) {
        #expect(FrontMatterAliasScanner.firstAlias(in: yaml) == .init(name: name, line: line))
    }

    @Test(arguments: [
        "title: Stars * and *asterisks*",
        "summary: 5 * 3",
        "a: \"*quoted\"",
        "a: '*single ''*quoted'''",
        "a: \"escaped \\\" *still quoted\"",
        "a: text # *comment",
        "# *comment line",
        "a: >\n  *folded\n  *text",
        "a: [x*y, \"*z\"]",
        "a: &anchor value",
        "url: http://example.org/*path",
    ])
    func ignoresStarsInText(yaml: String) {
        #expect(FrontMatterAliasScanner.firstAlias(in: yaml) == nil)
    }
}
