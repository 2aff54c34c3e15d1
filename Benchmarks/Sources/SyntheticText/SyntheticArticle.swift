/// One synthetic article in the shipped format: YAML front matter, nested sections,
/// and a FAQ section whose questions carry keyword comments.
public enum SyntheticArticle {
    public static func markdown(number: Int, vocabulary: SyntheticVocabulary, using generator: inout SeededGenerator) -> String {
        func words(_ range: ClosedRange<Int>) -> String {
            (0..<Int.random(in: range, using: &generator)).map { _ in vocabulary.word(using: &generator) }.joined(separator: " ")
        }
        func paragraph() -> String {
            (0..<Int.random(in: 2...5, using: &generator))
                .map { _ in vocabulary.sentence(words: Int.random(in: 8...22, using: &generator), using: &generator) }
                .joined(separator: " ")
        }
        let title = words(3...6).capitalized
        var out = "---\ntitle: \"\(title) \(number)\"\nsummary: \"\(words(8...14))\"\nlanguage: en\npublisher: Synthetic Clinic\n"
        out += "keywords: [\(words(1...1)), \(words(1...1))]\n---\n\n# \(title) \(number)\n\n\(paragraph())\n\n"
        for _ in 0..<Int.random(in: 3...5, using: &generator) {
            out += "## \(words(2...5).capitalized)\n\n\(paragraph())\n\n"
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                out += "### \(words(2...5).capitalized)\n\n\(paragraph())\n\n\(paragraph())\n\n"
            }
        }
        out += "## Frequently Asked Questions\n\n"
        for _ in 0..<Int.random(in: 3...6, using: &generator) {
            out += "### \(["How", "Can", "What", "When", "Is"].randomElement(using: &generator)!) \(words(3...7))?\n\n"
            out += "<!-- keywords: \(words(1...1)), \(words(1...1)), \(words(1...1)) -->\n\n\(paragraph())\n\n"
        }
        return out
    }
}

extension String {
    var capitalized: String { split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") }
}
