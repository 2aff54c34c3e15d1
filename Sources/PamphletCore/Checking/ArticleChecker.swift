/// The author-facing checks of `pamphlet check`: structure, links, readability
/// and unsafe characters. Each finding is a `Diagnostic` with the file and line.
public struct ArticleChecker: Sendable {
    /// Warn when an article's or a section's Flesch-Kincaid grade is above this.
    public var maxGrade: Double
    /// Ids of every article in the library, for resolving links between articles.
    public var articleAnchors: [String: Set<String>]

    /// Texts shorter than this get no readability warning: the formulas are
    /// averages, and over a few sentences one long word swings them by grades.
    public static let minimumWordsToGrade = 100

    public init(maxGrade: Double = 8, library: [Article]) {
        self.maxGrade = maxGrade
        self.articleAnchors = Dictionary(library.map { ($0.id, Set($0.allSections.map(\.anchor))) },
                                         uniquingKeysWith: { first, _ in first })
    }

    public struct Report: Sendable {
        public var article: Article
        public var diagnostics: [Diagnostic]
        public var readability: ReadabilityScore
        /// Per section, in document order: anchor, title and the score of its own blocks.
        public var sectionReadability: [(anchor: String, title: String, score: ReadabilityScore)]
    }

    /// Checks one loaded article. `source` is the file's text, scanned for control characters.
    public func check(_ article: Article, source: String?) -> Report {
        // What the loader noticed without failing (a `faq` heading that is not there, a bad date).
        var findings: [Diagnostic] = article.warnings
        func report(_ line: Int, _ level: Diagnostic.Level, _ message: String) {
            findings.append(Diagnostic(path: article.path, line: line, level: level, message: message))
        }

        for unknown in article.meta.unknownKeys {
            let suggestion = FrontMatterKeys.closest(to: unknown.key).map { "; did you mean '\($0)'?" }
                ?? "; known keys: " + FrontMatter.knownKeys.sorted().joined(separator: ", ")
            report(unknown.line, .warning, "unknown front matter key '\(Sanitizer.clean(unknown.key))'\(suggestion)")
        }
        checkHeadings(article, report: report)
        checkInvisibleCharacters(article, report: report)
        checkFAQ(article, report: report)
        checkLinks(article, report: report)
        if let source { checkControlCharacters(source, report: report) }
        checkLanguage(article, report: report)

        var total = ReadabilityScore()
        var perSection: [(anchor: String, title: String, score: ReadabilityScore)] = []
        for block in article.preamble { total.add(ReadabilityText.score(of: block)) }
        for section in article.allSections {
            var score = ReadabilityScore()
            for block in section.blocks { score.add(ReadabilityText.score(of: block)) }
            total.add(score)
            perSection.append((section.anchor, section.title, score))
            if score.words >= Self.minimumWordsToGrade, let grade = score.fleschKincaidGrade, grade > maxGrade {
                report(section.line, .warning, "section '\(Sanitizer.clean(section.title))' reads at grade "
                       + "\(Decimal1(grade)) (Flesch-Kincaid); aim for \(Decimal1(maxGrade)) or lower")
            }
        }
        if total.words >= Self.minimumWordsToGrade, let grade = total.fleschKincaidGrade, grade > maxGrade {
            report(1, .warning, "article reads at grade \(Decimal1(grade)) (Flesch-Kincaid); "
                   + "aim for \(Decimal1(maxGrade)) or lower")
        }
        // By line; findings on one line keep the order the checks found them in.
        findings = findings.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return Report(article: article, diagnostics: findings, readability: total, sectionReadability: perSection)
    }

    /// Titles are what readers pick articles and sections by, and what search and links match.
    private func checkInvisibleCharacters(_ article: Article, report: (Int, Diagnostic.Level, String) -> Void) {
        if let found = InvisibleCharacters.first(in: article.title) {
            report(1, .warning, "the title contains an invisible character, \(found); readers cannot see it "
                   + "and search may not match the title as they type it")
        }
        for section in article.allSections {
            if let found = InvisibleCharacters.first(in: section.title) {
                report(section.line, .warning, "heading '\(Sanitizer.clean(section.title))' contains an invisible "
                       + "character, \(found); readers cannot see it and links to it may not match")
            }
        }
    }

    private func checkHeadings(_ article: Article, report: (Int, Diagnostic.Level, String) -> Void) {
        var seenTitles: [String: Int] = [:]
        let faqAnchors = Set(article.faq.map(\.anchor))
        func walk(_ section: Section, parentLevel: Int) {
            if section.level > parentLevel + 1 {
                report(section.line, .error, "heading level \(section.level) under level \(parentLevel): "
                       + "a level is skipped (use \(String(repeating: "#", count: parentLevel + 1)))")
            }
            // An empty FAQ question is reported as "has no answer" by checkFAQ.
            if section.blocks.isEmpty && section.children.isEmpty && !faqAnchors.contains(section.anchor) {
                report(section.line, .error, "section '\(Sanitizer.clean(section.title))' is empty")
            }
            let key = section.title.lowercased()
            if let first = seenTitles[key] {
                report(section.line, .warning, "heading repeats the one on line \(first); "
                       + "its anchor is '\(section.anchor)'")
            } else {
                seenTitles[key] = section.line
            }
            section.children.forEach { walk($0, parentLevel: section.level) }
        }
        article.sections.forEach { walk($0, parentLevel: 0) }
    }

    private func checkFAQ(_ article: Article, report: (Int, Diagnostic.Level, String) -> Void) {
        for entry in article.faq where entry.answer.isEmpty {
            report(entry.line, .error, "question '\(Sanitizer.clean(entry.question))' has no answer")
        }
    }

    private func checkLinks(_ article: Article, report: (Int, Diagnostic.Level, String) -> Void) {
        let ownAnchors = Set(article.allSections.map(\.anchor))
        for link in LinkCollector.links(in: article) {
            let url = Sanitizer.clean(link.destination)
            let articleID: String, wanted: String?
            switch link.target {
            case .section(let anchor): (articleID, wanted) = (article.id, anchor)
            case .article(let id, let anchor): (articleID, wanted) = (id, anchor)
            case .external: continue
            case .unsupported:
                report(link.line, .warning, "link to '\(url)' cannot be followed: a link goes to an article of "
                       + "this folder, a #section, or an http, https, mailto or tel address")
                continue
            }
            guard let anchors = articleID == article.id ? ownAnchors : articleAnchors[articleID] else {
                report(link.line, .error, "link to '\(url)': no article '\(Sanitizer.clean(articleID))' in the library")
                continue
            }
            if let wanted, LinkAnchor.matching(wanted, among: anchors) == nil {
                report(link.line, .error, "link to '\(url)': no section '#\(Sanitizer.clean(wanted))' in '\(articleID)'")
            }
        }
    }

    /// An article marked `en` whose text is Spanish (or the reverse) is searched with the
    /// wrong stemmer and shown crisis lines in the wrong language: say so at its `language:` line.
    private func checkLanguage(_ article: Article, report: (Int, Diagnostic.Level, String) -> Void) {
        let names = ["en": "English", "es": "Spanish"]
        let declared = InterfaceLanguage(localeName: article.meta.language)?.code
        var profile = TextLanguageProfile()
        func add(_ block: Block) {
            switch block.kind {
            case .paragraph(let inlines): profile.add(inlines.plainText)
            case .list(_, _, _, let items): for item in items { item.forEach(add) }
            case .quote(let children): children.forEach(add)
            case .code, .table, .thematicBreak, .html: break
            }
        }
        article.preamble.forEach(add)
        for section in article.allSections {
            profile.add(section.title)
            section.blocks.forEach(add)
        }
        guard let declared, let reads = profile.clearLanguage, reads != declared,
              let readsName = names[reads], let otherName = names[declared] else { return }
        let (readHits, otherHits) = reads == "es" ? (profile.spanish, profile.english) : (profile.english, profile.spanish)
        let stated = article.meta.languageLine == nil ? "language is \(declared) (the default: no 'language:' line)"
            : "language is \(Sanitizer.clean(article.meta.language))"
        report(article.meta.languageLine ?? 1, .warning, "\(stated) but the text reads as \(readsName) "
               + "(\(readHits) \(readsName) to \(otherHits) \(otherName) common words)")
    }

    /// One finding per line (the first unsafe character and how many more), so a
    /// pasted page full of control characters stays readable.
    private func checkControlCharacters(_ source: String, report: (Int, Diagnostic.Level, String) -> Void) {
        let byLine = Dictionary(grouping: Sanitizer.findings(in: source), by: \.line)
        for line in byLine.keys.sorted() {
            let findings = byLine[line]!
            let first = findings[0]
            let more = findings.count > 1 ? " (and \(findings.count - 1) more on this line)" : ""
            report(line, .error, "\(first.name) at column \(first.column)\(more); "
                   + "the reader shows it as \(first.placeholder), remove it")
        }
    }
}
