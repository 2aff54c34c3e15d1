/// The messages of a .po or .pot file, keyed as gettext keys them: msgctxt, msgid and
/// msgid_plural (obsolete `#~` entries are left out), with each entry's translations and flags.
struct CatalogFile {
    struct Key: Hashable, CustomStringConvertible {
        var context: String?
        var id: String
        var plural: String?
        var description: String { (context.map { "[\($0)] " } ?? "") + id + (plural.map { " | \($0)" } ?? "") }
    }

    struct Entry {
        var key: Key
        var translations: [String]
        var isFuzzy: Bool
    }

    var entries: [Entry] = []

    var keys: Set<Key> { Set(entries.map(\.key).filter { !$0.id.isEmpty }) }

    init(text: String) {
        var context: String?, id: String?, plural: String?, translations: [String] = [], fuzzy = false
        var current: ((String) -> Void)?
        func finish() {
            if let id { entries.append(Entry(key: Key(context: context, id: id, plural: plural), translations: translations, isFuzzy: fuzzy)) }
            context = nil; id = nil; plural = nil; translations = []; fuzzy = false; current = nil
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { finish(); continue }
            if line.hasPrefix("#,") { fuzzy = fuzzy || line.contains("fuzzy"); continue }
            if line.hasPrefix("#") { continue }
            guard let quote = line.firstIndex(of: "\"") else { continue }
            let keyword = line[..<quote].trimmingCharacters(in: .whitespaces)
            let value = Self.unquote(line[quote...])
            switch keyword {
            case "": current?(value)
            case "msgctxt": context = value; current = { context! += $0 }
            case "msgid": id = value; current = { id! += $0 }
            case "msgid_plural": plural = value; current = { plural! += $0 }
            default:  // msgstr, msgstr[N]
                translations.append(value)
                let index = translations.count - 1
                current = { translations[index] += $0 }
            }
        }
        finish()
    }

    /// A C string literal's text: `"a\"b\n"` → a"b and a newline.
    static func unquote(_ literal: Substring) -> String {
        var out = ""
        var escaped = false
        for character in literal.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}

import Foundation
