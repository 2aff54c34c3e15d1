import PamphletCore

/// Every sentence the line-oriented reader says outside the consult interview, search
/// and crisis help (see PlainSearchText, PlainConsultText, PlainCrisisText): one place
/// per screen, whole sentences with placeholders, so a translation sees each sentence
/// whole. Arguments arrive already sanitized.
///
/// Counts of things ("19 entries") are `screenCount`s, grouped in Spanish only; the
/// numbers a person types back (menu numbers, "from 1 to N") stay as they are typed.
/// The command letters (t, n, p, g, q, ...) are never translated, only what they do.
enum PlainSessionText {
    // MARK: Library menu

    static func articleMenuHeader(count: Int) -> String {
        trn("%1$s article; type a number, or ? for help.", "%1$s articles; type a number, or ? for help.",
            count, screenCount(count)) + "\n"
    }

    static func articleMenuEntry(number: Int, title: String, summary: String?) -> String {
        summary.map { "\(number). \(title): \($0)\n" } ?? "\(number). \(title)\n"
    }

    /// The library menu's last line, said in the language it offers to a patient who reads it:
    /// "es: Pamphlet en español" in an English session.
    static func languageCommand(_ language: InterfaceLanguage) -> String {
        language.code + ": " + Localization.with(language) { languageCommandHelp } + "\n"
    }

    /// What the language command does, in the language it switches to.
    static var languageCommandHelp: String {
        // TRANSLATORS: said in the language it offers (the plain reader's `es`/`en` command): name your own language.
        trc("plain reader help", "Pamphlet in English")
    }

    static var languageNow: String { tr("Pamphlet now speaks English.") + "\n" }

    static var unfinishedRequestReminder: String {
        tr("You have an unfinished consultation request; type c to finish it.") + "\n"
    }

    // MARK: Contents and questions

    static func contentsHeader(entries: Int, sections: Int, questions: Int) -> String {
        // TRANSLATORS: the plain reader's contents: "19 entries: 16 sections and 3 questions; type a number, ...".
        tr("%1$s: %2$s and %3$s; type a number, or ? for help.",
           trn("%1$s entry", "%1$s entries", entries, screenCount(entries)),
           trn("%1$s section", "%1$s sections", sections, screenCount(sections)),
           trn("%1$s question", "%1$s questions", questions, screenCount(questions))) + "\n"
    }

    static func contentsEntry(number: Int, title: String, isQuestion: Bool) -> String {
        "\(number). " + (isQuestion ? trc("plain reader entry", "Question: %1$s", title) : title) + "\n"
    }

    static func questionsHeader(count: Int) -> String {
        trn("%1$s question; type a number, or ? for help.", "%1$s questions; type a number, or ? for help.",
            count, screenCount(count)) + "\n"
    }

    static func questionsEntry(number: Int, title: String) -> String { "\(number). \(title)\n" }

    static var noQuestions: String { tr("This article has no questions and answers.") + "\n" }
    static var chooseAnArticleFirst: String { tr("Choose an article first.") + "\n" }

    // MARK: Reading

    static func articleTitle(_ title: String) -> String { tr("Article: %1$s", title) + "\n" }
    static func helpNow(_ crisis: String) -> String { tr("Help now: %1$s", crisis) + "\n" }

    static func resumeOffer(section title: String) -> String {
        tr("Last time you were reading \"%1$s\"; Enter goes on from there.", title) + "\n"
    }

    /// Counted among all the entries the contents lists, so "3 of 19" matches its 19.
    static func entryHeading(number: Int, of total: Int, title: String, isQuestion: Bool) -> String {
        let number = String(number), total = screenCount(total)
        return (isQuestion ? tr("Question %1$s of %2$s entries: %3$s", number, total, title)
                           : tr("Section %1$s of %2$s entries: %3$s", number, total, title)) + "\n"
    }

    /// After a section or question: the commands that make sense from here.
    static func entryEnd(number: Int, isQuestion: Bool, hasNext: Bool, hasPrevious: Bool) -> String {
        let end = isQuestion ? tr("End of question %1$s.", String(number)) : tr("End of section %1$s.", String(number))
        // TRANSLATORS: the letter is the command to type (never translated), then what it does.
        let moves = (hasNext ? [trc("plain reader command", "n next")] : [])
            + (hasPrevious ? [trc("plain reader command", "p previous")] : [])
            + [trc("plain reader command", "t contents"), trc("plain reader command", "q quit")]
        return end + " " + moves.joined(separator: ", ") + ".\n"
    }

    static var followLinkHint: String {
        tr("Type g and a link's number to follow it, for example g 1; b comes back.") + "\n"
    }
    static var noLinksHere: String { tr("The section you read last has no links.") + "\n" }
    static func chooseLink(count: Int) -> String { tr("Type g and a number from 1 to %1$s.", String(count)) + "\n" }
    static func webAddress(_ address: String) -> String {
        tr("That link is a web address: %1$s", address) + "\n"
            + tr("Pamphlet does not open it; type it into a browser if you wish.") + "\n"
    }
    static func cannotFollow(_ destination: String) -> String {
        tr("Pamphlet cannot follow that link: %1$s", destination) + "\n"
    }
    static var brokenLink: String { tr("That link points to a page that is not in this library.") + "\n" }
    static var nothingToGoBackTo: String { tr("No link has been followed; nothing to go back to.") + "\n" }

    static var lastSection: String { tr("That was the last section. t contents, q quit.") + "\n" }
    static var firstSection: String { tr("This is the first section. t contents, q quit.") + "\n" }

    // MARK: Commands

    static var goodbye: String { tr("Goodbye.") + "\n" }

    static func unknownCommand(_ command: String) -> String {
        tr("Unknown command \"%1$s\". Type ? for help.", command) + "\n"
    }

    static var nothingToChoose: String { tr("Nothing to choose here. Type ? for help.") + "\n" }
    static func chooseFromRange(_ count: Int) -> String { tr("Type a number from 1 to %1$s.", String(count)) + "\n" }

    /// `?`: every command and what it does, the descriptions lined up after the widest command.
    static func help(switchingTo other: InterfaceLanguage?) -> String {
        // TRANSLATORS: the plain reader's commands as typed. Keep the letters and signs (n, s, g, /)
        // as they are; translate only the words in capitals and "a number".
        let commands: [(String, String)] = [
            (trc("plain reader help", "a number"), trc("plain reader help", "choose from the last menu")),
            ("n", trc("plain reader help", "next section (Enter alone does the same)")),
            ("p", trc("plain reader help", "previous section")),
            ("t", trc("plain reader help", "contents: the sections and questions")),
            ("f", trc("plain reader help", "frequently asked questions")),
            (trc("plain reader help", "/ WORDS"), trc("plain reader help", "find words in this article")),
            (trc("plain reader help", "s WORDS"), trc("plain reader help", "search all articles")),
            (trc("plain reader help", "g NUMBER"), trc("plain reader help", "follow link NUMBER of the section just read")),
            ("b", trc("plain reader help", "back to where the link was followed from")),
            ("l", trc("plain reader help", "list of articles")),
            ("!", trc("plain reader help", "where to get help now")),
            ("c", trc("plain reader help", "request a consultation with the clinic")),
        ] + (other.map { other in [(other.code, Localization.with(other) { languageCommandHelp })] } ?? []) + [
            ("q", trc("plain reader help", "quit")),
        ]
        let width = commands.map { DisplayWidth.of($0.0) }.max() ?? 0
        var text = tr("Commands (type one, then Enter):") + "\n"
        for (command, description) in commands {
            text += "  " + command + String(repeating: " ", count: width + 2 - DisplayWidth.of(command)) + description + "\n"
        }
        return text
    }
}
