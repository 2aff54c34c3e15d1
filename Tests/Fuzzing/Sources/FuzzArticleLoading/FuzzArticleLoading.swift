import PamphletCore

/// Arbitrary bytes loaded as an article file, then rendered and checked.
///
/// Asserts: loading gives an article or one error `Diagnostic` whose line is
/// within the file; rendered at 40 and 80 columns, no line is wider than the
/// width and no line holds a control character, bidi override, tab or newline;
/// `ArticleChecker` reports only lines within the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticleLoading(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let lineCount = bytes.count { $0 == 0x0A || $0 == 0x0D } + 1
    let article: Article
    do {
        article = try ArticleLoader().parse(bytes: bytes, id: "fuzz", path: "fuzz.md")
    } catch {
        precondition(error.level == .error, "a load failure that is not an error")
        precondition((1...lineCount).contains(error.line), "diagnostic line \(error.line) outside 1...\(lineCount)")
        return 0
    }

    for width in [40, 80] {
        for line in ArticleRenderer.render(article, width: width) {
            let columns = DisplayWidth.of(line.spans)
            precondition(columns <= width, "a line of \(columns) columns at width \(width)")
            for span in line.spans {
                for scalar in span.text.unicodeScalars where reachesTheTerminalRaw(scalar) {
                    fatalError("U+\(String(scalar.value, radix: 16)) in rendered output at width \(width)")
                }
            }
        }
    }

    let source = String(decoding: bytes, as: UTF8.self)
    let report = ArticleChecker(library: [article]).check(article, source: source)
    for diagnostic in report.diagnostics {
        precondition((1...lineCount).contains(diagnostic.line),
                     "check finding on line \(diagnostic.line) outside 1...\(lineCount)")
    }
    return 0
}

/// A scalar that would move the cursor, erase, or reorder text if it reached a
/// terminal: every control character (tab and newline too, since rendered lines
/// are final), DEL, C1, bidi embeddings/overrides/isolates, line/paragraph separators.
private func reachesTheTerminalRaw(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
    default: false
    }
}
