/// Comma-separated author keywords, as in front matter `keywords` and FAQ keyword comments.
enum KeywordList {
    static func parse(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}

/// The author keyword comment under a FAQ question: `<!-- keywords: duration, length -->`.
enum KeywordComment {
    static func keywords(in html: String) -> [String]? {
        let trimmed = html.trimmingWhitespace()
        guard trimmed.count >= 7, trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        let inside = String(trimmed.dropFirst(4).dropLast(3)).trimmingWhitespace()
        let label = "keywords:"
        guard inside.lowercased().hasPrefix(label) else { return nil }
        return KeywordList.parse(String(inside.dropFirst(label.count)))
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
