@testable import PamphletCore

/// A small article with one of each block kind, built by hand so that renderer
/// tests do not depend on the Markdown loader.
enum SampleArticle {
    static let article = Article(
        id: "sample",
        path: "Articles/sample.md",
        meta: FrontMatter(
            title: "Sample Care Guide",
            publisher: "Exodus Health",
            reviewed: "2024-05-01",
            crisis: "In the US, call or text 988. In an emergency, call 911.",
            disclaimer: "General information, not medical advice."
        ),
        sections: [
            Section(level: 1, heading: [.text("Sample Care Guide")], title: "Sample Care Guide",
                    anchor: "sample-care-guide", line: 12, blocks: [
                        Block(.paragraph([
                            .text("Ketamine is given in a "), .strong([.text("quiet room")]),
                            .text(" by a "), .emphasis([.text("trained")]), .text(" team. See"),
                            .softBreak, .link(Link(destination: "https://example.org/care", line: 15), [.text("our guide")]),
                            .text("."),
                        ]), line: 14),
                    ], children: [
                        Section(level: 2, heading: [.text("Before you come")], title: "Before you come",
                                anchor: "before-you-come", line: 16, blocks: [
                                    Block(.list(ordered: false, start: 1, tight: true, items: [
                                        [Block(.paragraph([.text("Eat a light meal four hours before.")]), line: 18)],
                                        [Block(.paragraph([.text("Bring a friend to drive you home.")]), line: 19),
                                         Block(.list(ordered: true, start: 9, tight: true, items: [
                                             [Block(.paragraph([.text("Nine")]), line: 20)],
                                             [Block(.paragraph([.text("Ten")]), line: 21)],
                                         ]), line: 20)],
                                    ]), line: 18),
                                    Block(.quote([Block(.paragraph([.text("It felt like floating, calm and safe.")]), line: 23)]), line: 23),
                                ]),
                        Section(level: 3, heading: [.text("Doses")], title: "Doses",
                                anchor: "doses", line: 25, blocks: [
                                    Block(.table(Table(alignments: [.left, .right], header: [[.text("Step")], [.text("Minutes")]],
                                                       rows: [[[.text("Infusion")], [.text("40")]],
                                                              [[.text("Rest")], [.text("20")]]])), line: 27),
                                    Block(.code(language: "sh", text: "pamphlet show sample --width 40\n"), line: 31),
                                    Block(.thematicBreak, line: 35),
                                ]),
                    ]),
        ]
    )
}
