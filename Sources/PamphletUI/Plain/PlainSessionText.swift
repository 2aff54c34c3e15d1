import PamphletCore

/// Every sentence the line-oriented reader says outside the consult interview, search
/// and crisis help (see PlainSearchText, PlainConsultText, PlainCrisisText): one place
/// per screen, whole sentences with placeholders, so a translation sees each sentence
/// whole. Arguments arrive already sanitized.
enum PlainSessionText {
    // MARK: Library menu

    static func articleMenuHeader(count: Int) -> String {
        count == 1 ? "1 article; type a number, or ? for help.\n" : "\(count) articles; type a number, or ? for help.\n"
    }

    static func articleMenuEntry(number: Int, title: String, summary: String?) -> String {
        summary.map { "\(number). \(title): \($0)\n" } ?? "\(number). \(title)\n"
    }

    static let unfinishedRequestReminder = "You have an unfinished consultation request; type c to finish it.\n"

    // MARK: Contents and questions

    static func contentsHeader(entries: Int, sections: Int, questions: Int) -> String {
        "\(counted(entries, "entry", "entries")): \(counted(sections, "section", "sections")) and "
            + "\(counted(questions, "question", "questions")); type a number, or ? for help.\n"
    }

    static func contentsEntry(number: Int, title: String, isQuestion: Bool) -> String {
        isQuestion ? "\(number). Question: \(title)\n" : "\(number). \(title)\n"
    }

    static func questionsHeader(count: Int) -> String {
        "\(counted(count, "question", "questions")); type a number, or ? for help.\n"
    }

    static func questionsEntry(number: Int, title: String) -> String { "\(number). \(title)\n" }

    static let noQuestions = "This article has no questions and answers.\n"
    static let chooseAnArticleFirst = "Choose an article first.\n"

    // MARK: Reading

    static func articleTitle(_ title: String) -> String { "Article: \(title)\n" }
    static func helpNow(_ crisis: String) -> String { "Help now: \(crisis)\n" }

    static func resumeOffer(section title: String) -> String {
        "Last time you were reading \"\(title)\"; Enter goes on from there.\n"
    }

    /// Counted among all the entries the contents lists, so "3 of 19" matches its 19.
    static func entryHeading(number: Int, of total: Int, title: String, isQuestion: Bool) -> String {
        isQuestion ? "Question \(number) of \(total) entries: \(title)\n" : "Section \(number) of \(total) entries: \(title)\n"
    }

    /// After a section or question: the commands that make sense from here.
    static func entryEnd(number: Int, isQuestion: Bool, hasNext: Bool, hasPrevious: Bool) -> String {
        let kind = isQuestion ? "question" : "section"
        let moves = (hasNext ? "n next, " : "") + (hasPrevious ? "p previous, " : "")
        return "End of \(kind) \(number). \(moves)t contents, q quit.\n"
    }

    static let followLinkHint = "Type g and a link's number to follow it, for example g 1; b comes back.\n"
    static let noLinksHere = "The section you read last has no links.\n"
    static func chooseLink(count: Int) -> String { "Type g and a number from 1 to \(count).\n" }
    static func webAddress(_ address: String) -> String {
        "That link is a web address: \(address)\nPamphlet does not open it; type it into a browser if you wish.\n"
    }
    static func cannotFollow(_ destination: String) -> String { "Pamphlet cannot follow that link: \(destination)\n" }
    static let brokenLink = "That link points to a page that is not in this library.\n"
    static let nothingToGoBackTo = "No link has been followed; nothing to go back to.\n"

    static let lastSection = "That was the last section. t contents, q quit.\n"
    static let firstSection = "This is the first section. t contents, q quit.\n"

    // MARK: Commands

    static let goodbye = "Goodbye.\n"

    static func unknownCommand(_ command: String) -> String { "Unknown command \"\(command)\". Type ? for help.\n" }

    static let nothingToChoose = "Nothing to choose here. Type ? for help.\n"
    static func chooseFromRange(_ count: Int) -> String { "Type a number from 1 to \(count).\n" }

    static let help = """
        Commands (type one, then Enter):
          a number  choose from the last menu
          n         next section (Enter alone does the same)
          p         previous section
          t         contents: the sections and questions
          f         frequently asked questions
          / WORDS   find words in this article
          s WORDS   search all articles
          g NUMBER  follow link NUMBER of the section just read
          b         back to where the link was followed from
          l         list of articles
          !         where to get help now
          c         request a consultation with the clinic
          q         quit

        """

    /// "1 entry", "19 entries": both forms given, as a translation needs them.
    static func counted(_ number: Int, _ one: String, _ many: String) -> String {
        number == 1 ? "1 \(one)" : "\(number) \(many)"
    }
}
