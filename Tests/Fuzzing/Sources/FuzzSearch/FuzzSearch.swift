import PamphletCore

/// The library this target searches: the shipped article and lexicon, found
/// from this file's place in the repository and loaded once.
private let shippedLibrary: (engine: SearchEngine, anchors: Set<String>) = {
    let folder = repositoryRoot() + "/Articles"
    do {
        let article = try ArticleLoader().load(path: folder + "/what-does-ketamine-therapy-feel-like.md")
        let lexicon = try Lexicon.load(fromLibrary: folder)
        let anchors = Set(article.allSections.map(\.anchor) + article.faq.map(\.anchor) + [""])
        return (SearchEngine(articles: [article], lexicon: lexicon), anchors)
    } catch {
        fatalError("cannot load the shipped library: \(error)")
    }
}()

/// Arbitrary bytes as a search: the first byte picks the options (limit,
/// kind, prefix matching), the rest is the query, decoded as UTF-8 with
/// invalid bytes replaced.
///
/// Asserts: an in-memory index never throws; at most `limit` results, of the
/// asked kind, best first with finite scores; each names an anchor the
/// article has; snippet match ranges lie inside the snippet, in order, without overlap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearch(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let query = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    let kinds: [SearchDocumentKind?] = [nil, .faq, .section, nil]
    let options = SearchOptions(limit: Int(selector & 0x0F), kind: kinds[Int(selector >> 4) & 0x03],
                                lastWordIsPrefix: selector & 0x40 != 0)

    let results: [SearchResult]
    do {
        results = try shippedLibrary.engine.search(query, options: options)
    } catch {
        fatalError("an in-memory search threw: \(error)")
    }

    precondition(results.count <= options.limit, "\(results.count) results for a limit of \(options.limit)")
    var previousScore = Double.infinity
    for result in results {
        precondition(result.score.isFinite, "score \(result.score)")
        precondition(result.score <= previousScore * (1 + 1e-9) + 1e-12, "results out of score order")
        previousScore = result.score
        if let kind = options.kind { precondition(result.kind == kind, "a \(result.kind) result for a \(kind) search") }
        precondition(shippedLibrary.anchors.contains(result.anchor), "unknown anchor '\(result.anchor)'")

        let snippet = result.snippet
        var cursor = snippet.text.startIndex
        for range in snippet.matches {
            precondition(range.lowerBound >= cursor && range.upperBound <= snippet.text.endIndex,
                         "snippet match out of order or out of bounds")
            cursor = range.upperBound
        }
        _ = snippet.marked()
    }
    return 0
}

/// The repository's folder: five path components up from this file
/// (Tests/Fuzzing/Sources/FuzzSearch/FuzzSearch.swift).
private func repositoryRoot(file: String = #filePath) -> String {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(5)
    return parts.joined(separator: "/")
}
