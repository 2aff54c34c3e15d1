/// One patient-education article, loaded from `Articles/<id>.md`.
///
/// The body is a tree of sections (one per Markdown heading). The FAQ entries
/// are the sub-sections of the FAQ section, also listed in `faq` with their
/// author keywords so that search and the FAQ screen need not walk the tree.
public struct Article: Sendable, Equatable {
    /// The file name without `.md`; stable, used on the command line.
    public var id: String
    /// Path of the source file, as given to the loader (for `path:line` messages).
    public var path: String
    public var meta: FrontMatter
    /// Blocks that come before the first heading.
    public var preamble: [Block]
    /// Top-level sections in document order; each holds its sub-sections.
    public var sections: [Section]
    /// The questions of the FAQ section, in document order.
    public var faq: [FAQEntry]
    /// Findings that did not stop the article loading (e.g. a `faq` heading
    /// that does not exist); `check` reports them with `meta.unknownKeys`.
    public var warnings: [Diagnostic] = []

    public init(id: String, path: String, meta: FrontMatter, preamble: [Block] = [],
                sections: [Section] = [], faq: [FAQEntry] = []) {
        self.id = id
        self.path = path
        self.meta = meta
        self.preamble = preamble
        self.sections = sections
        self.faq = faq
    }

    public var title: String { meta.title }

    /// Every section, depth-first in document order.
    public var allSections: [Section] {
        var out: [Section] = []
        func walk(_ s: Section) { out.append(s); s.children.forEach(walk) }
        sections.forEach(walk)
        return out
    }

    public func section(anchor: String) -> Section? {
        allSections.first { $0.anchor == anchor }
    }
}

/// A heading and everything under it up to the next heading of the same or higher level.
public struct Section: Sendable, Equatable {
    /// Heading level, 1 to 6.
    public var level: Int
    /// The heading as inline content, and as plain text.
    public var heading: [Inline]
    public var title: String
    /// GitHub-style slug, unique within the article.
    public var anchor: String
    /// Source line of the heading (1-based, counting front matter lines).
    public var line: Int
    /// Blocks between this heading and the next heading of any level.
    public var blocks: [Block]
    public var children: [Section]

    public init(level: Int, heading: [Inline], title: String, anchor: String, line: Int,
                blocks: [Block] = [], children: [Section] = []) {
        self.level = level
        self.heading = heading
        self.title = title
        self.anchor = anchor
        self.line = line
        self.blocks = blocks
        self.children = children
    }
}

/// One question of the FAQ section: its heading is the question, its blocks the answer.
public struct FAQEntry: Sendable, Equatable {
    public var question: String
    public var anchor: String
    /// From `<!-- keywords: a, b, c -->` right after the question.
    public var keywords: [String]
    public var answer: [Block]
    public var line: Int

    public init(question: String, anchor: String, keywords: [String], answer: [Block], line: Int) {
        self.question = question
        self.anchor = anchor
        self.keywords = keywords
        self.answer = answer
        self.line = line
    }
}
