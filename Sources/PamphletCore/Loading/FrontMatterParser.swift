import Yams

/// Reads the YAML front matter into `FrontMatter`.
///
/// Uses Yams' node tree rather than decoding, so every key keeps its line for
/// messages and `reviewed` stays the text the author wrote (a decoder would
/// turn `2024-05-01` into a `Date`).
struct ParsedFrontMatter {
    var meta: FrontMatter
    var warnings: [Diagnostic]
    /// File line of each known key, for later messages about its value.
    var keyLines: [String: Int]
}

struct FrontMatterParser {
    var path: String
    var split: SplitArticleText

    /// Lines in Yams marks are 1-based within the YAML text.
    private func fileLine(_ mark: Mark?) -> Int {
        (mark?.line ?? 1) + split.yamlFirstLine - 1
    }

    private func error(_ message: String, at line: Int) -> Diagnostic {
        Diagnostic(path: path, line: line, message: message)
    }

    func parse() throws(Diagnostic) -> ParsedFrontMatter {
        if let alias = FrontMatterAliasScanner.firstAlias(in: split.yaml) {
            throw error("front matter uses the YAML alias '*\(alias.name)'; write the value out instead",
                        at: alias.line + split.yamlFirstLine - 1)
        }
        let root: Node?
        do {
            // Every value is read as text, so YAML's tag resolution is not needed;
            // the default resolver compiles ICU regular expressions, a millisecond
            // of start-up that alone would make the reader paint later than less.
            // Naming UTF-8 (what Swift strings hold) keeps Yams from reading the whole
            // environment at every call to choose that same default.
            root = try Yams.compose(yaml: split.yaml, .basic, .default, .utf8)
        } catch let yamlError as YamlError {
            throw describe(yamlError)
        } catch {
            throw self.error("invalid YAML in front matter: \(error)", at: split.openingLine)
        }
        guard let root else {
            throw error("front matter has no 'title'", at: split.openingLine)
        }
        guard let mapping = root.mapping else {
            throw error("front matter must be 'key: value' lines, found \(kindName(root))", at: fileLine(root.mark))
        }

        var fields: [String: (value: Node, line: Int)] = [:]
        var unknownKeys: [(key: String, line: Int)] = []
        for (keyNode, value) in mapping {
            let line = fileLine(keyNode.mark)
            guard let key = keyNode.scalar?.string else {
                throw error("front matter keys must be plain words", at: line)
            }
            if FrontMatter.knownKeys.contains(key) {
                fields[key] = (value, line)
            } else {
                unknownKeys.append((key, line))
            }
        }

        guard let titleField = fields["title"] else {
            if let typo = unknownKeys.first(where: { FrontMatterKeys.closest(to: $0.key) == "title" }) {
                throw error("front matter has no 'title': did you mean 'title' instead of '\(Sanitizer.clean(typo.key))'?",
                            at: typo.line)
            }
            throw error("front matter has no 'title'", at: split.openingLine)
        }
        let title = try text(titleField, key: "title")
        guard let title, !title.isEmpty else {
            throw error("'title' is empty", at: titleField.line)
        }

        var meta = FrontMatter(title: title, unknownKeys: unknownKeys)
        var warnings: [Diagnostic] = []
        meta.summary = try fields["summary"].flatMap { field throws(Diagnostic) in try text(field, key: "summary") }
        meta.publisher = try fields["publisher"].flatMap { field throws(Diagnostic) in try text(field, key: "publisher") }
        meta.source = try fields["source"].flatMap { field throws(Diagnostic) in try text(field, key: "source") }
        meta.crisis = try fields["crisis"].flatMap { field throws(Diagnostic) in try text(field, key: "crisis") }
        meta.disclaimer = try fields["disclaimer"].flatMap { field throws(Diagnostic) in try text(field, key: "disclaimer") }
        meta.faqHeading = try fields["faq"].flatMap { field throws(Diagnostic) in try text(field, key: "faq") }
        if let field = fields["language"], let language = try text(field, key: "language") {
            meta.language = language.lowercased()
            meta.languageLine = field.line
        }
        if let field = fields["keywords"] {
            meta.keywords = try keywords(field)
        }
        if let field = fields["reviewed"], let reviewed = try text(field, key: "reviewed") {
            switch CalendarDate.parse(reviewed) {
            case .success(let date):
                meta.reviewed = date.text
            case .failure(let box):
                // Patients are never shown a date that does not exist.
                warnings.append(Diagnostic(path: path, line: field.line, level: .warning,
                                           message: Self.dateProblem(box.problem, in: reviewed)))
            }
        }
        return ParsedFrontMatter(meta: meta, warnings: warnings, keyLines: fields.mapValues(\.line))
    }

    /// A scalar's text, trimmed; nil for YAML null (`~`, empty).
    private func text(_ field: (value: Node, line: Int), key: String) throws(Diagnostic) -> String? {
        guard let scalar = field.value.scalar else {
            throw error("'\(key)' must be text, found \(kindName(field.value))", at: field.line)
        }
        if field.value.null != nil { return nil }
        return scalar.string.trimmingWhitespace()
    }

    /// `keywords` as a YAML list or as one comma-separated string.
    private func keywords(_ field: (value: Node, line: Int)) throws(Diagnostic) -> [String] {
        if let sequence = field.value.sequence {
            var out: [String] = []
            for item in sequence {
                guard let scalar = item.scalar else {
                    throw error("'keywords' items must be text, found \(kindName(item))", at: fileLine(item.mark))
                }
                out.append(contentsOf: KeywordList.parse(scalar.string))
            }
            return out
        }
        guard let joined = try text(field, key: "keywords") else { return [] }
        return KeywordList.parse(joined)
    }

    /// What is wrong with a `reviewed` value, and what to write instead.
    static func dateProblem(_ problem: CalendarDate.Problem, in text: String) -> String {
        let shown = "'reviewed: \(Sanitizer.clean(text))'"
        switch problem {
        case .notADate:
            return "\(shown) is not a date; write it as year-month-day, like 2024-05-31 (the reader does not show it)"
        case .noSuchMonth(let month):
            return "\(shown) is not a date: there is no month \(month); write year-month-day, like 2024-05-31 "
                + "(the reader does not show it)"
        case .noSuchDay(let day, let month, let year):
            return "\(shown) is not a date: \(CalendarDate.monthNames[month - 1]) \(year) has "
                + "\(CalendarDate.daysIn(month: month, year: year)) days, not \(day) (the reader does not show it)"
        }
    }

    private func kindName(_ node: Node) -> String {
        switch node {
        case .scalar: return "text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    private func describe(_ yamlError: YamlError) -> Diagnostic {
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let explained = FrontMatterYAMLError(yaml: split.yaml)
                .explain(context: context?.text, contextLine: context?.mark.line, problem: problem, problemLine: mark.line)
            return error("front matter: \(explained.message)", at: explained.line + split.yamlFirstLine - 1)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return error("front matter repeats \(duplicates.map { "'\($0)'" }.joined(separator: ", ")); keep one of each",
                         at: fileLine(context.mark))
        case .reader(let problem, _, _, _):
            return error("front matter cannot be read (\(problem))", at: split.openingLine)
        default:
            return error("front matter cannot be read (\(yamlError))", at: split.openingLine)
        }
    }
}
