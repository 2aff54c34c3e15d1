import PamphletCore

/// Crisis help as the line-oriented reader says it: plain sentences, one contact a line,
/// no box drawing, so a screen reader reads it first and whole.
enum PlainCrisisText {
    /// When neither the article nor the library gives crisis text.
    static var emergencyNumber: String { tr("If you are in danger, call your local emergency number.") }

    /// `!`: the title, every crisis line, then the article's own crisis text.
    static func help(_ help: CrisisHelp) -> String {
        let own = help.articleText.map { help.wording.fromTheArticle + " " + $0 + "\n" } ?? ""
        return tr("%1$s:", help.wording.title) + "\n" + help.paragraphs.joined(separator: "\n") + "\n" + own
    }

    /// Before search results: the help, then a line saying results follow.
    static func search(_ help: CrisisHelp) -> String {
        help.paragraphs.joined(separator: "\n") + "\n" + help.wording.resultsBelow + "\n"
    }

    /// On the consult review and after saving: why help is shown, then every contact.
    static func consult(_ help: CrisisHelp) -> String {
        ([help.wording.consultNotice] + help.contactLines).joined(separator: "\n") + "\n"
    }
}
