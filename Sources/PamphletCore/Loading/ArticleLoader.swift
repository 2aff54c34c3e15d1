/// Loads one article file: bytes, then text, then front matter and Markdown,
/// then the section tree and FAQ.
///
/// Every problem is thrown as one `Diagnostic` naming the file and line; the
/// loader never traps on bad input, and each step is linear in the file size.
public struct ArticleLoader: Sendable {
    /// Articles are pages of text; anything larger is refused before it is read.
    public static let defaultMaxFileBytes = 10_000_000

    public var maxFileBytes: Int

    public init(maxFileBytes: Int = ArticleLoader.defaultMaxFileBytes) {
        self.maxFileBytes = maxFileBytes
    }

    /// The article id for a file: its name without the `.md` extension.
    public static func articleID(forPath path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        return name.lowercased().hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    public func load(path: String) throws(Diagnostic) -> Article {
        let bytes = try ArticleFileReader(maxBytes: maxFileBytes).contents(of: path)
        return try parse(bytes: bytes, id: Self.articleID(forPath: path), path: path)
    }

    /// Loads an article from bytes already in memory; `path` is only used in messages.
    public func parse(bytes: [UInt8], id: String, path: String) throws(Diagnostic) -> Article {
        guard bytes.count <= maxFileBytes else {
            throw Diagnostic(path: path, line: 1, message: "file is \(ArticleFileReader.humanSize(bytes.count)), "
                             + "over the \(ArticleFileReader.humanSize(maxFileBytes)) limit for an article")
        }
        return try parse(text: SourceTextDecoder.decode(bytes, path: path), id: id, path: path)
    }

    /// Loads an article and keeps its decoded text, for `check`, which scans the
    /// source itself (control characters) as well as the parsed article.
    public func loadKeepingSource(path: String) throws(Diagnostic) -> (article: Article, source: String) {
        let bytes = try ArticleFileReader(maxBytes: maxFileBytes).contents(of: path)
        let text = try SourceTextDecoder.decode(bytes, path: path)
        return (try parse(text: text, id: Self.articleID(forPath: path), path: path, checking: true), text)
    }

    /// `checking`: a front matter that does not parse is one error among the
    /// article's findings (`warnings`, level error) and the body is still read,
    /// so an author sees every problem of the file in one round.
    private func parse(text: String, id: String, path: String, checking: Bool = false) throws(Diagnostic) -> Article {
        let split = try FrontMatterSplitter.split(text, path: path)
        let frontMatter: ParsedFrontMatter
        var warnings: [Diagnostic] = []
        do {
            frontMatter = try FrontMatterParser(path: path, split: split).parse()
        } catch where checking {
            frontMatter = ParsedFrontMatter(meta: FrontMatter(title: id), warnings: [], keyLines: [:])
            warnings.append(error)
        }
        warnings += frontMatter.warnings

        let elements = MarkdownParser.parse(split.body, lineOffset: split.bodyLineOffset)
        let tree = SectionTreeBuilder.build(elements)
        var sections = tree.sections
        let faq = FAQExtractor.extract(from: &sections, customHeading: frontMatter.meta.faqHeading)
        if !faq.foundCustomHeading, let heading = frontMatter.meta.faqHeading {
            warnings.append(Diagnostic(path: path, line: frontMatter.keyLines["faq"] ?? split.openingLine,
                                       level: .warning,
                                       message: "front matter 'faq' names heading '\(heading)', which the article does not have"))
        }
        var article = Article(id: id, path: path, meta: frontMatter.meta, preamble: tree.preamble,
                              sections: sections, faq: faq.faq)
        article.warnings = warnings
        return article
    }
}
