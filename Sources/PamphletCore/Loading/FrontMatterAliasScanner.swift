/// Finds YAML aliases (`*name`) in front matter before it is parsed.
///
/// Front matter never needs aliases, and they are how a "billion laughs" file
/// is built: nine lines of aliases expand to 10⁹ values. Yams shares the
/// expanded nodes, but hashes every mapping key to find duplicates, so an
/// alias used as a key costs its whole expansion and never finishes. The
/// loader refuses any alias instead, naming its line.
///
/// A small scanner, not a YAML parser: it knows just enough to tell an alias
/// from a `*` in text, namely that an alias starts a node (a plain scalar
/// cannot begin with `*`), and that quoted scalars, block scalars (`|`, `>`)
/// and comments hold text, not nodes.
enum FrontMatterAliasScanner {
    struct Alias: Equatable {
        var name: String
        /// 1-based line within the YAML text.
        var line: Int
    }

    private enum Carried {
        case nothing
        case doubleQuoted
        case singleQuoted
        /// Lines indented deeper than this belong to a block scalar.
        case blockScalar(parentIndent: Int)
    }

    static func firstAlias(in yaml: String) -> Alias? {
        var carried = Carried.nothing
        var flowDepth = 0
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line)
            let indent = characters.prefix { $0 == " " }.count
            if case .blockScalar(let parentIndent) = carried {
                if indent >= characters.count || indent > parentIndent { continue }
                carried = .nothing
            }
            var position = 0
            var atNodeStart = true
            while position < characters.count {
                let character = characters[position]
                let next = position + 1 < characters.count ? characters[position + 1] : nil
                let endsToken = next == nil || next == " " || next == "\t"
                position += 1
                switch carried {
                case .doubleQuoted:
                    if character == "\\" { position += 1 } else if character == "\"" { carried = .nothing }
                    continue
                case .singleQuoted:
                    if character == "'" {
                        if next == "'" { position += 1 } else { carried = .nothing }
                    }
                    continue
                case .nothing, .blockScalar:
                    break
                }
                if character == " " || character == "\t" { continue }
                let followsSpace = position == 1 || characters[position - 2] == " " || characters[position - 2] == "\t"
                if character == "#" && followsSpace { break }

                if atNodeStart {
                    if character == "*" && !endsToken {
                        let name = characters[position...].prefix { !" \t,[]{}".contains($0) }.prefix(40)
                        return Alias(name: String(name), line: index + 1)
                    } else if character == "\"" {
                        carried = .doubleQuoted
                        atNodeStart = false
                    } else if character == "'" {
                        carried = .singleQuoted
                        atNodeStart = false
                    } else if character == "[" || character == "{" {
                        flowDepth += 1
                    } else if flowDepth > 0 && (character == "]" || character == "}") {
                        flowDepth -= 1
                        atNodeStart = false
                    } else if (character == "-" || character == "?" || character == ":") && endsToken {
                        // A sequence entry, explicit key or value indicator: a node follows.
                    } else if character == "&" || character == "!" {
                        // An anchor or a tag comes before its node: skip it, stay at the node's start.
                        while position < characters.count, characters[position] != " " { position += 1 }
                    } else if (character == "|" || character == ">") && flowDepth == 0 {
                        carried = .blockScalar(parentIndent: indent)
                        break
                    } else {
                        atNodeStart = false
                    }
                } else if character == ":" && (endsToken || flowDepth > 0) {
                    atNodeStart = true
                } else if flowDepth > 0 && (character == "," || character == "[" || character == "{") {
                    if character != "," { flowDepth += 1 }
                    atNodeStart = true
                } else if flowDepth > 0 && (character == "]" || character == "}") {
                    flowDepth -= 1
                }
            }
        }
        return nil
    }
}
