import CYaml

/// Finds the first YAML alias (`*name`) in front matter before it is composed.
///
/// Front matter never needs aliases, and they are how a "billion laughs" file
/// is built: nine lines of aliases expand to 10⁹ values. Yams shares the
/// expanded nodes, but hashes every mapping key to find duplicates, so an
/// alias used as a key costs its whole expansion and never finishes. The
/// loader refuses any alias instead, naming its line.
///
/// The aliases are found by libyaml's own event stream, not by reading the
/// text: a guess from text sees different lines from the parser (libyaml
/// also ends lines at U+0085, U+2028 and U+2029) and different scalars (a
/// block scalar inside a list item), and each difference was a way past it.
/// Events are cheap: an alias event is reported where it is written, never
/// expanded. The parser is the copy of libyaml that Yams links (its CYaml
/// module), so the events are exactly those Yams would compose from; linking
/// Debian's libyaml beside it would bind the same `yaml_*` symbols twice.
enum FrontMatterAliasScanner {
    struct Alias: Equatable {
        var name: String
        /// 1-based line within the YAML text, as libyaml counts lines.
        var line: Int
    }

    /// The first alias event, or nil when there is none before the end or the
    /// first syntax error (which Yams then reports with its own message).
    static func firstAlias(in yaml: String) -> Alias? {
        var text = Array(yaml.utf8)
        // libyaml asserts on a null input; empty front matter has no alias anyway.
        if text.isEmpty { return nil }
        return text.withUnsafeMutableBufferPointer { buffer -> Alias? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_ALIAS_EVENT:
                    let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                    return Alias(name: String(name.prefix(40)), line: Int(event.start_mark.line) + 1)
                case YAML_STREAM_END_EVENT:
                    return nil
                default:
                    continue
                }
            }
            return nil
        }
    }
}
