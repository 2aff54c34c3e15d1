/// Picks the passage of a text with the most matched words and marks them.
enum SnippetBuilder {
    static let windowWords = 24

    /// `matched[i]` is the query word (if any) that token `i` of `text` matched.
    static func snippet(of text: String, tokens: [Token], matched: [Int?]) -> Snippet {
        guard !tokens.isEmpty else { return Snippet(text: "") }
        let window = min(windowWords, tokens.count)
        var bestStart = 0, bestScore = -1
        for start in 0...(tokens.count - window) {
            let slice = matched[start..<start + window]
            let distinct = Set(slice.compactMap { $0 }).count
            let score = distinct * 100 + slice.filter { $0 != nil }.count
            if score > bestScore { bestScore = score; bestStart = start }
        }
        // Lead in with a little context before the first match in the window.
        if let firstMatch = matched[bestStart..<bestStart + window].firstIndex(where: { $0 != nil }) {
            bestStart = max(0, min(firstMatch - 4, tokens.count - window))
        }
        let end = bestStart + window
        let utf8 = Array(text.utf8)
        var out: [UInt8] = []
        var ranges: [Range<Int>] = []
        if bestStart > 0 { out += Array("… ".utf8) }
        for position in bestStart..<end {
            let token = tokens[position]
            if position > bestStart {
                let gap = utf8[tokens[position - 1].sourceRange.upperBound..<token.sourceRange.lowerBound]
                appendCollapsingWhitespace(gap, to: &out)
            }
            let start = out.count
            out += utf8[token.sourceRange]
            if matched[position] != nil { ranges.append(start..<out.count) }
        }
        if end < tokens.count {
            let gap = utf8[tokens[end - 1].sourceRange.upperBound..<tokens[end].sourceRange.lowerBound]
            appendCollapsingWhitespace(gap, to: &out)
            if out.last != UInt8(ascii: " ") { out.append(UInt8(ascii: " ")) }
            out += Array("…".utf8)
        } else {
            appendCollapsingWhitespace(utf8[tokens[end - 1].sourceRange.upperBound...], to: &out)
        }
        while out.last == UInt8(ascii: " ") { out.removeLast() }
        let snippetText = String(decoding: out, as: UTF8.self)
        let matches = ranges.map { range in
            snippetText.utf8.index(snippetText.startIndex, offsetBy: range.lowerBound)
                ..< snippetText.utf8.index(snippetText.startIndex, offsetBy: range.upperBound)
        }
        return Snippet(text: snippetText, matches: matches)
    }

    /// Appends `gap`, with each run of spaces, tabs and newlines turned into one space.
    private static func appendCollapsingWhitespace(_ gap: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var inSpace = false
        for byte in gap {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if !inSpace { out.append(0x20) }
                inSpace = true
            } else {
                out.append(byte)
                inSpace = false
            }
        }
    }
}
