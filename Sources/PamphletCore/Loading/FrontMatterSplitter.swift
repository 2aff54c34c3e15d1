/// Separates the YAML front matter from the Markdown body.
///
/// The file must open with a `---` line; the front matter runs to the next
/// `---` (or YAML's `...`) line. Line numbers are kept so both halves can
/// report file lines.
struct SplitArticleText: Sendable, Equatable {
    var yaml: String
    /// File line of the first YAML line (the one after the opening `---`).
    var yamlFirstLine: Int
    /// File line of the opening `---`.
    var openingLine: Int
    var body: String
    /// Lines before the body: add this to a body line number to get the file line.
    var bodyLineOffset: Int
}

enum FrontMatterSplitter {
    static func split(_ text: String, path: String) throws(Diagnostic) -> SplitArticleText {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Blank lines before the opening delimiter are tolerated.
        guard let opening = lines.firstIndex(where: { !isBlank($0) }), isDelimiter(lines[opening], allowsDots: false) else {
            let line = lines.firstIndex(where: { !isBlank($0) }).map { $0 + 1 } ?? 1
            throw Diagnostic(path: path, line: line,
                             message: "missing front matter: an article must start with a '---' line, then 'title: ...', then '---'")
        }
        guard let closing = lines[(opening + 1)...].firstIndex(where: { isDelimiter($0, allowsDots: true) }) else {
            throw Diagnostic(path: path, line: opening + 1,
                             message: "front matter opened here is never closed by a '---' line")
        }
        return SplitArticleText(
            yaml: lines[(opening + 1)..<closing].joined(separator: "\n"),
            yamlFirstLine: opening + 2,
            openingLine: opening + 1,
            body: lines[(closing + 1)...].joined(separator: "\n"),
            bodyLineOffset: closing + 1
        )
    }

    private static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    private static func isDelimiter(_ line: Substring, allowsDots: Bool) -> Bool {
        let trimmed = line.reversed().drop(while: { $0 == " " || $0 == "\t" })
        let content = String(trimmed.reversed())
        return content == "---" || (allowsDots && content == "...")
    }
}
