import PamphletCore

/// The interface's language: `L` on the library switches it, and a Spanish article
/// opened from an English interface offers the switch once a session.
extension ReaderApp {
    /// `L`: every screen in the other language at once, from the next frame.
    mutating func switchLanguage() -> [Effect] {
        let target = language.next
        guard options.languages.contains(target) else {
            keyHint = tr("%1$s is not available on this computer", target.nativeName)
            return []
        }
        return switchLanguage(to: target)
    }

    mutating func switchLanguage(to target: InterfaceLanguage) -> [Effect] {
        guard target != language else { return [] }
        language = target
        Localization.with(target) { redrawPlaceInLanguage() }
        return [.setLanguage(target)]
    }

    /// The place rebuilt, for the words it laid out when it opened (the library's count,
    /// an article's review date), where the reader was in it.
    private mutating func redrawPlaceInLanguage() {
        switch place {
        case .library(let screen):
            place = .library(LibraryScreen(library: library, size: size, selected: screen.cursor.selected))
        case .article(let screen):
            var rebuilt = articleScreen(screen.article)
            rebuilt.show(sourceLine: screen.topSourceLine)
            rebuilt.choose(screen.visibleChosenLink?.link)
            place = .article(rebuilt)
        case .search(let screen):
            place = .search(searchScreen(query: screen.query, selecting: screen.cursor.selected))
        }
    }

    /// Once a session: a Spanish article read from an English interface offers Spanish.
    /// (No offer the other way: a Spanish reader may well read an English article.)
    mutating func offerTheArticlesLanguage() {
        guard !languageOfferMade, language != .spanish, overlays.isEmpty, idleWarningSince == nil,
              case .article(let screen) = place,
              InterfaceLanguage(localeName: screen.article.meta.language) == .spanish,
              options.languages.contains(.spanish) else { return }
        languageOffer = .spanish
        languageOfferMade = true
    }

    /// The key that answers the offer: yes switches, n or Esc only answers, and any
    /// other key answers no and then does what it does (so `!` always reaches crisis help).
    /// The wheel scrolls under the question, which stays.
    mutating func answerLanguageOffer(_ key: Key) -> [Effect]? {
        guard let offered = languageOffer else { return nil }
        switch key {
        case .wheelUp, .wheelDown, .paste: return nil
        default: break
        }
        languageOffer = nil
        let yes = Localization.with(offered) { KeyMap.yesLetter }
        if case .character(let letter) = key, String(letter).lowercased() == String(yes) {
            return switchLanguage(to: offered)
        }
        if key == .character("n") || key == .character("N") || key == .escape { return [] }
        return nil
    }

    /// "¿Ver Pamphlet en español? s/n": asked in the language it offers.
    static func offerText(_ language: InterfaceLanguage) -> String {
        Localization.with(language) {
            // TRANSLATORS: shown in the language it offers, to a patient who reads that language:
            // name your own language, and give the key that answers yes (as "the key that answers yes") and n.
            tr("View Pamphlet in English? y/n")
        }
    }
}
