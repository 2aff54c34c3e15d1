import Foundation

/// Finds every `tr(`, `trn(` and `trc(` call in Swift sources and reads its literal
/// arguments as Swift does, so a test can check that xgettext (whose C parser reads
/// these files) extracted exactly those messages. A call xgettext would misread is
/// reported instead: a non-literal message, interpolation, `+` between literals, or
/// a Swift-only escape such as \u{00A0}.
struct MessageCallScanner {
    struct Problem: CustomStringConvertible {
        var file: String
        var line: Int
        var reason: String
        var description: String { "\(file):\(line): \(reason)" }
    }

    var keys: Set<CatalogFile.Key> = []
    var problems: [Problem] = []

    mutating func scan(file: String, text: String) {
        // Comment lines are not code (xgettext skips them too); blanked, they keep line numbers.
        let code = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            let trimmed = line.drop(while: { $0 == " " })
            let isComment = trimmed.hasPrefix("//")
            let isDefinition = trimmed.hasPrefix("public func tr") || trimmed.hasPrefix("func tr")
            return isComment || isDefinition ? "" : line
        }.joined(separator: "\n")
        var rest = Substring(code)
        while let call = Self.nextCall(in: rest) {
            let line = code[..<call.arguments].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let literalCount = call.name == "tr" ? 1 : 2
            var cursor = rest[call.arguments...]
            var literals: [String] = []
            var failure: String?
            for index in 0..<literalCount {
                switch Self.literal(at: &cursor) {
                case .success(let value):
                    literals.append(value)
                    cursor = cursor.drop(while: \.isWhitespace)
                    if cursor.first != "," && cursor.first != ")" {
                        failure = "argument \(index + 1) of \(call.name) is not a lone string literal"
                    }
                    cursor = cursor.dropFirst()
                case .failure(let reason):
                    failure = "\(call.name): \(reason)"
                }
                if failure != nil { break }
            }
            if let failure {
                problems.append(Problem(file: file, line: line, reason: failure))
            } else {
                switch call.name {
                case "trn": keys.insert(.init(id: literals[0], plural: literals[1]))
                case "trc": keys.insert(.init(context: literals[0], id: literals[1]))
                default: keys.insert(.init(id: literals[0]))
                }
            }
            rest = rest[call.arguments...]
        }
    }

    private static func nextCall(in text: Substring) -> (name: String, arguments: Substring.Index)? {
        var search = text
        while let range = search.range(of: "tr") {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let isNameStart = before.map { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") } ?? true
            var end = range.upperBound
            var name = "tr"
            if end < text.endIndex, text[end] == "n" || text[end] == "c" { name.append(text[end]); end = text.index(after: end) }
            if isNameStart, end < text.endIndex, text[end] == "(" { return (name, text.index(after: end)) }
            search = text[range.upperBound...]
        }
        return nil
    }

    enum LiteralResult { case success(String), failure(String) }

    /// Reads a "..." literal at the cursor (after spaces), moving past it.
    private static func literal(at cursor: inout Substring) -> LiteralResult {
        cursor = cursor.drop(while: \.isWhitespace)
        guard cursor.first == "\"", !cursor.hasPrefix("\"\"\"") else { return .failure("the message is not a one-line string literal") }
        var value = ""
        var index = cursor.index(after: cursor.startIndex)
        while index < cursor.endIndex {
            let character = cursor[index]
            if character == "\n" { break }
            if character == "\"" {
                cursor = cursor[cursor.index(after: index)...]
                return .success(value)
            }
            if character == "\\" {
                let next = cursor.index(after: index)
                guard next < cursor.endIndex else { break }
                switch cursor[next] {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "\"": value.append("\"")
                case "\\": value.append("\\")
                case "(": return .failure("interpolation hides the message from xgettext; use %1$s")
                default: return .failure("the escape \\\(cursor[next]) means something else to xgettext")
                }
                index = cursor.index(after: next)
                continue
            }
            value.append(character)
            index = cursor.index(after: index)
        }
        return .failure("the string literal does not end on its line")
    }
}
