import Yams

/// Turns libyaml's error into a sentence an author can act on, at the line at
/// fault: libyaml names its own state ("mapping values are not allowed in this
/// context") and often marks where it gave up (the end of the front matter)
/// rather than where the mistake is (the quote or bracket left open).
struct FrontMatterYAMLError {
    /// The front matter's lines, as libyaml counts them from 1.
    var lines: [Substring]

    init(yaml: String) {
        lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The YAML line (1-based) to report and what to say there.
    func explain(context: String?, contextLine: Int?, problem: String, problemLine: Int) -> (line: Int, message: String) {
        let context = context ?? ""
        let atProblem = clamp(problemLine)
        let atContext = contextLine.map(clamp) ?? atProblem
        switch problem {
        case _ where context.contains("quoted scalar"):
            return (atContext, "a quote opened on this line is never closed; end the value with the same quote mark")
        case _ where context.contains("flow sequence") || problem.contains("',' or ']'"):
            return (atContext, "a list opened with '[' on this line is not closed with ']'; "
                    + "write it as [first, second] on one line")
        case _ where context.contains("flow mapping") || problem.contains("',' or '}'"):
            return (atContext, "a '{' on this line is not closed with '}'; if the value is text, put it in quotes")
        case _ where problem.contains("tab character"):
            return (atProblem, "this line is indented with a tab; front matter uses spaces only")
        case _ where problem.contains("mapping values are not allowed"):
            if isIndented(atProblem) {
                return (atProblem, "this line is indented, so it reads as part of the line above; "
                        + "start each 'key: value' line at the left edge")
            }
            return (atProblem, "the value has ': ' inside it, which reads as a second key; "
                    + "put the whole value in double quotes (\(quotedExample(atProblem)))")
        case _ where context.contains("simple key") || problem.contains("expected ':'"):
            return (atContext, "this line is not 'key: value': add ': ' after the key, "
                    + "or indent the line if it continues the value above")
        case _ where problem.contains("expected key") || problem.contains("expected <block end>"):
            return (atProblem, "this line does not line up with the keys above it; "
                    + "start each 'key: value' line at the left edge")
        case _ where problem.contains("cannot start any token"):
            return (atProblem, "a value cannot start with '@' or '`'; put it in double quotes")
        case _ where problem.contains("alias") || problem.contains("anchor"):
            return (atProblem, "'*' or '&' at the start of a value has a meaning in YAML; put the value in double quotes")
        case _ where problem.contains("tag"):
            return (atProblem, "'!' at the start of a value has a meaning in YAML; put the value in double quotes")
        default:
            return (atProblem, "this line is not valid YAML (\(problem)); "
                    + "write 'key: value' lines and put values with special characters in double quotes")
        }
    }

    private func clamp(_ line: Int) -> Int {
        // The closing `---` is not YAML: a mark past the last line means the last one.
        var last = lines.count
        while last > 1, lines[last - 1].allSatisfy(\.isWhitespace) { last -= 1 }
        return min(max(line, 1), max(last, 1))
    }

    private func isIndented(_ line: Int) -> Bool {
        guard line >= 1, line <= lines.count else { return false }
        return lines[line - 1].first.map { $0 == " " } ?? false
    }

    /// `key: "the value"`, from the line at fault, as a model for the fix.
    private func quotedExample(_ line: Int) -> String {
        guard line >= 1, line <= lines.count, let colon = lines[line - 1].firstIndex(of: ":") else {
            return "summary: \"Why: it matters\""
        }
        let text = lines[line - 1]
        let key = text[..<colon]
        let value = text[text.index(after: colon)...].drop { $0 == " " }
        let shown = String(value.prefix(40)).replacingAll("\"", with: "\\\"")
        return "\(Sanitizer.clean(String(key))): \"\(Sanitizer.clean(shown))\(value.count > 40 ? "…" : "")\""
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
