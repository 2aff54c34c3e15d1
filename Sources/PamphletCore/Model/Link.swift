/// A link as the author wrote it in Markdown, read from cmark-gfm's link node.
public struct Link: Sendable, Hashable {
    /// The destination exactly as written (`other.md#naps`, `https://…`); not sanitized.
    public var destination: String
    /// Where it points, read from `destination`.
    public var target: LinkTarget
    /// 1-based source line of the link (front matter included), for `check`.
    public var line: Int
    /// Its number among the links of its section, once `LinkNotes.numbered` has
    /// numbered them for plain text; nil in the full-screen reader.
    public var noteNumber: Int?

    public init(destination: String, line: Int) {
        self.destination = destination
        self.target = LinkTarget(destination: destination)
        self.line = line
    }
}

/// Where a link points.
public enum LinkTarget: Sendable, Hashable {
    /// A section of the same article: `#faq`.
    case section(anchor: String)
    /// Another article of the library, at its top or at one of its sections:
    /// `other.md`, `other.md#naps`, `./other#naps`.
    case article(id: String, anchor: String?)
    /// A web, e-mail or telephone address that passed `WebAddress`'s checks.
    case external(WebAddress)
    /// Anything else (a path into another folder, `file:`, `javascript:`, a URL with
    /// spaces or control characters): shown as text, never followed or offered.
    case unsupported

    public init(destination: String) {
        if let address = WebAddress(destination) {
            self = .external(address)
            return
        }
        // Any other scheme, or a path from the root or into another folder, leaves the library.
        let path = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        var file = String(path[0])
        guard !destination.isEmpty, !file.contains(":"), !file.hasPrefix("/") else {
            self = .unsupported
            return
        }
        if file.hasPrefix("./") { file.removeFirst(2) }
        if file.hasSuffix(".md") { file.removeLast(3) }
        let anchor = path.count > 1 && !path[1].isEmpty ? String(path[1]) : nil
        switch (file.isEmpty, anchor) {
        case (true, let anchor?): self = .section(anchor: anchor)
        case (false, _) where !file.contains("/"): self = .article(id: file, anchor: anchor)
        default: self = .unsupported
        }
    }

    /// True for a link within the library, which the reader follows.
    public var isInternal: Bool {
        switch self {
        case .section, .article: true
        case .external, .unsupported: false
        }
    }
}

/// A URL that may be shown to a patient and handed to the terminal as an OSC 8
/// hyperlink: an http, https, mailto or tel scheme, and nothing but printable ASCII
/// without spaces, so no ESC, BEL, ST (C1 or `ESC \`) or other control can ride in it.
public struct WebAddress: Sendable, Hashable {
    public let text: String

    public static let schemes = ["http", "https", "mailto", "tel"]

    /// Longer than any real address; a URL past it is not offered to the terminal.
    public static let maximumLength = 2_048

    public init?(_ url: String) {
        let bytes = Array(url.utf8)
        guard !bytes.isEmpty, bytes.count <= Self.maximumLength,
              bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }),
              let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon + 1 < bytes.count
        else { return nil }
        let scheme = String(decoding: bytes[..<colon], as: UTF8.self).lowercased()
        guard Self.schemes.contains(scheme) else { return nil }
        // A web address names a host after "//"; "https:foo" is a relative path to a browser.
        if scheme.hasPrefix("http") {
            let rest = bytes[(colon + 1)...]
            guard rest.starts(with: Array("//".utf8)), rest.count > 2, rest[rest.startIndex + 2] != UInt8(ascii: "/")
            else { return nil }
        }
        text = url
    }
}
