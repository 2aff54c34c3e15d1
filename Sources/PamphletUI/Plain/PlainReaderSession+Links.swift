import PamphletCore

/// `g N` follows link N of the section just read (its notes are numbered), to another
/// article or a section; `b` comes back to where it was followed from. A web address
/// is said, never opened.
extension PlainReaderSession {
    /// The reply to `g N` or `b`, or nil for any other input.
    mutating func respondToLinkCommand(_ input: String) -> Reply? {
        let command = input.plainTrimmed.lowercased()
        if command == "b" { return Reply(text: goBack()) }
        guard command == "g" || command.hasPrefix("g ") else { return nil }
        return Reply(text: followLink(Int(String(command.dropFirst()).plainTrimmed)))
    }

    private mutating func followLink(_ number: Int?) -> String {
        guard let article, let outline, let entry = lastRead, !outline.entries[entry].links.isEmpty else {
            return PlainSessionText.noLinksHere
        }
        let links = outline.entries[entry].links
        guard let number, links.indices.contains(number - 1) else { return PlainSessionText.chooseLink(count: links.count) }
        let link = links[number - 1]
        switch library.resolve(link, from: article) {
        case .external(let address): return PlainSessionText.webAddress(Sanitizer.clean(address.text))
        case .unsupported: return PlainSessionText.cannotFollow(Sanitizer.clean(link.destination))
        case .broken: return PlainSessionText.brokenLink
        case .article(let target, let section):
            linkOrigins.append((article.id, entry))
            return read(article: target, anchor: section?.anchor)
        }
    }

    private mutating func goBack() -> String {
        guard let origin = linkOrigins.popLast(), let target = library.article(id: origin.article) else {
            return PlainSessionText.nothingToGoBackTo
        }
        return read(article: target) { _ in origin.entry }
    }

    /// Reads a section of `target` (its first one without `anchor`), announcing the
    /// article when it is not the one being read.
    private mutating func read(article target: Article, anchor: String?) -> String {
        read(article: target) { outline in anchor.flatMap { anchor in outline.entries.firstIndex { $0.anchor == anchor } } ?? 0 }
    }

    private mutating func read(article target: Article, entry: (PlainOutline) -> Int) -> String {
        var text = ""
        if article?.id != target.id {
            if let place = readingPlace { positions[place.article] = place.sourceLine }
            article = target
            outline = PlainOutline(article: target, library: library)
            position = nil
            lastRead = nil
            text += PlainSessionText.articleTitle(Sanitizer.clean(target.title))
        }
        guard let outline, !outline.entries.isEmpty else { return text }
        let index = min(max(0, entry(outline)), outline.entries.count - 1)
        return text + read(index)
    }
}
