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
        // Walk line by line only as far as the closing delimiter; the body is
        // taken whole, so a large article is not split into lines here.
        var lineStart = text.startIndex
        var lineNumber = 1
        var opening: (line: Int, end: String.Index)?
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
            if let open = opening {
                if isDelimiter(line, allowsDots: true) {
                    return SplitArticleText(
                        yaml: String(text[open.end..<lineStart].dropLast()),
                        yamlFirstLine: open.line + 1,
                        openingLine: open.line,
                        body: String(text[next...]),
                        bodyLineOffset: lineNumber
                    )
                }
            } else if isDelimiter(line, allowsDots: false) {
                opening = (lineNumber, next)
            } else if !isBlank(line) {
                // Blank lines before the opening delimiter are tolerated; anything else is not.
                throw Diagnostic(path: path, line: lineNumber,
                                 message: "missing front matter: an article must start with a '---' line, then 'title: ...', then '---'")
            }
            lineStart = next
            lineNumber += 1
        }
        guard let opening else {
            throw Diagnostic(path: path, line: 1,
                             message: "missing front matter: an article must start with a '---' line, then 'title: ...', then '---'")
        }
        throw Diagnostic(path: path, line: opening.line,
                         message: "front matter opened here is never closed by a '---' line")
    }

    private static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    private static func isDelimiter(_ line: Substring, allowsDots: Bool) -> Bool {
        var content = line
        while let last = content.last, last == " " || last == "\t" { content.removeLast() }
        return content == "---" || (allowsDots && content == "...")
    }
}
