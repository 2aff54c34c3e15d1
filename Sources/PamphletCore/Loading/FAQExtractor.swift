/// Finds the FAQ section and turns each of its direct sub-sections into an `FAQEntry`.
///
/// The FAQ section is the first one (depth-first) whose heading starts with
/// "Frequently Asked Questions", "FAQ" or, for Spanish articles, "Preguntas
/// frecuentes", ignoring case; or, when front matter names one with `faq`,
/// the first heading equal to that name.
enum FAQExtractor {
    struct Result {
        var faq: [FAQEntry]
        /// False when front matter named a heading that the article does not have.
        var foundCustomHeading: Bool
    }

    /// Lowercased; the shipped languages' usual names for the section.
    static let defaultFAQHeadingPrefixes = ["frequently asked questions", "faq", "preguntas frecuentes"]

    static func isDefaultFAQHeading(_ title: String) -> Bool {
        let lowered = title.lowercased()
        return defaultFAQHeadingPrefixes.contains { lowered.hasPrefix($0) }
    }

    /// Extracts the FAQ, removing keyword comments from the question sections in place.
    static func extract(from sections: inout [Section], customHeading: String?) -> Result {
        var faq: [FAQEntry] = []
        let collect: (inout Section) -> Void = { section in
            for index in section.children.indices {
                faq.append(entry(from: &section.children[index]))
            }
        }
        var foundCustom = true
        if let customHeading {
            let wanted = customHeading.trimmingWhitespace().lowercased()
            foundCustom = updateFirst(in: &sections, where: { $0.title.lowercased() == wanted }, collect)
            if foundCustom { return Result(faq: faq, foundCustomHeading: true) }
        }
        _ = updateFirst(in: &sections, where: { isDefaultFAQHeading($0.title) }, collect)
        return Result(faq: faq, foundCustomHeading: foundCustom)
    }

    private static func entry(from question: inout Section) -> FAQEntry {
        var keywords: [String] = []
        if case .html(let html)? = question.blocks.first?.kind, let found = KeywordComment.keywords(in: html) {
            keywords = found
            question.blocks.removeFirst()
        }
        return FAQEntry(question: question.title, anchor: question.anchor, keywords: keywords,
                        answer: answerBlocks(question), line: question.line)
    }

    /// A question's own blocks, then any sub-headings (as bold lines) with theirs,
    /// so no part of an answer is lost on the FAQ screen.
    private static func answerBlocks(_ section: Section) -> [Block] {
        var blocks = section.blocks
        for child in section.children {
            blocks.append(Block(.paragraph([.strong(child.heading)]), line: child.line))
            blocks.append(contentsOf: answerBlocks(child))
        }
        return blocks
    }

    /// Applies `update` to the first section, depth-first, that matches; reports whether one did.
    private static func updateFirst(in sections: inout [Section], where matches: (Section) -> Bool,
                                    _ update: (inout Section) -> Void) -> Bool {
        for index in sections.indices {
            if matches(sections[index]) {
                update(&sections[index])
                return true
            }
            if updateFirst(in: &sections[index].children, where: matches, update) { return true }
        }
        return false
    }
}
