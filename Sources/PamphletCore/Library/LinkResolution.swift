/// What following a link reaches in a library: the one answer the reader, the
/// plain reader, `show`'s notes and `check` all share.
public enum LinkResolution: Sendable, Equatable {
    /// An article, at its top (`section` nil) or at one of its sections.
    case article(Article, section: Section?)
    case external(WebAddress)
    /// An internal link whose article or section is not there.
    case broken(BrokenLink)
    /// A link the reader never follows (`LinkTarget.unsupported`).
    case unsupported
}

/// Why an internal link leads nowhere, in words for authors and patients.
public enum BrokenLink: Sendable, Equatable {
    case noArticle(id: String)
    case noSection(articleID: String, anchor: String)
}

extension Library {
    /// Where `link`, found in `article`, leads.
    public func resolve(_ link: Link, from article: Article) -> LinkResolution {
        switch link.target {
        case .external(let address): return .external(address)
        case .unsupported: return .unsupported
        case .section(let anchor): return Self.resolve(anchor: anchor, in: article)
        case .article(let id, let anchor):
            guard let target = id == article.id ? article : self.article(id: id) else {
                return .broken(.noArticle(id: id))
            }
            guard let anchor else { return .article(target, section: nil) }
            return Self.resolve(anchor: anchor, in: target)
        }
    }

    private static func resolve(anchor: String, in article: Article) -> LinkResolution {
        guard let found = LinkAnchor.matching(anchor, among: article.allSections.map(\.anchor)),
              let section = article.section(anchor: found)
        else { return .broken(.noSection(articleID: article.id, anchor: anchor)) }
        return .article(article, section: section)
    }
}

/// How a written `#anchor` finds its heading: as written; else percent-decoded
/// and slugged as headings are (`#FAQ`, `#How%20long` find `faq`, `how-long`),
/// which is what a browser showing the same Markdown on GitHub would reach.
public enum LinkAnchor {
    public static func matching(_ written: String, among anchors: some Sequence<String>) -> String? {
        let slug = AnchorSlugger.slug(percentDecoded(written))
        var bySlug: String?
        for anchor in anchors {
            if anchor == written { return anchor }
            if bySlug == nil, anchor == slug { bySlug = anchor }
        }
        return bySlug
    }

    /// `%XX` escapes decoded as UTF-8; anything malformed is kept as written.
    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var input = Array(text.utf8)[...]
        while let byte = input.popFirst() {
            if byte == UInt8(ascii: "%"), input.count >= 2,
               let value = UInt8(String(decoding: input.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                input = input.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
