import PamphletCore
import Testing
@testable import PamphletUI

/// The line-oriented reader (`--plain`) as a screen-reader user meets it: lines typed,
/// the transcript they hear. Every reply is appended text, every choice a numbered menu.
@Suite struct PlainSessionTests {
    @Test func opensOnTheNumberedLibraryAndReadsSectionByNumber() {
        var plain = PlainScript()
        let opening = plain.start()
        #expect(opening.hasPrefix("2 articles; type a number, or ? for help.\n"))
        #expect(opening.contains("1. Preparing for Your First Visit: What to bring, what happens during the first appointment"))
        let article = plain.type("1")
        #expect(article.hasPrefix("Article: Preparing for Your First Visit\n"))
        #expect(article.contains("Help now: In a crisis, call or text 988. In an emergency, call 911.\n"))
        #expect(article.contains("12 entries: 9 sections and 3 questions; type a number, or ? for help.\n"))
        #expect(article.contains("4. At Home the Night Before\n"))
        #expect(article.contains("10. Question: How long does the first visit take?\n"))
        let section = plain.type("4")
        #expect(section.hasPrefix("Section 4 of 12 entries: At Home the Night Before\n"))
        #expect(section.contains("Eat a light dinner and sleep as well as you can."))
        #expect(section.contains("> Tip: ask someone to drive you home"), "a quote's bar is spoken as >")
        #expect(section.hasSuffix("End of section 4. n next, p previous, t contents, q quit.\n"))
        #expect(plain.type("").hasPrefix("Section 5 of 12 entries: On the Day\n"), "Enter alone goes on")
        #expect(plain.type("p").hasPrefix("Section 4 of 12 entries"))
        // No cursor movement, colour or box drawing anywhere a screen reader would spell it out.
        #expect(!section.contains("\u{1B}"))
        #expect(!plain.type("6").unicodeScalars.contains { (0x2500...0x257F).contains($0.value) }, "table borders are dropped")
    }

    @Test func questionsMenuAndTheEndsOfTheArticle() {
        var plain = PlainScript(openArticle: "first-visit")
        _ = plain.start()
        let questions = plain.type("f")
        #expect(questions == """
            3 questions; type a number, or ? for help.
            1. How long does the first visit take?
            2. Can I bring someone with me?
            3. Do I need to stop my medicines?

            """)
        let last = plain.type("3")
        #expect(last.hasPrefix("Question 12 of 12 entries: Do I need to stop my medicines?\n"))
        #expect(last.hasSuffix("End of question 12. p previous, t contents, q quit.\n"))
        #expect(plain.type("n") == "That was the last section. t contents, q quit.\n")
        #expect(plain.type("99") == "Type a number from 1 to 3.\n", "the last menu was the questions")
    }

    @Test func unknownCommandsHelpAndQuit() {
        var plain = PlainScript()
        _ = plain.start()
        #expect(plain.type("x") == "Unknown command \"x\". Type ? for help.\n")
        #expect(plain.type("n") == "Choose an article first.\n" + PlainScript().session.withArticleMenu)
        let help = plain.type("?")
        #expect(help.hasPrefix("Commands (type one, then Enter):\n"))
        #expect(help.contains("  / WORDS   find words in this article\n"))
        #expect(help.contains("  c         request a consultation with the clinic\n"))
        #expect(plain.type("q") == "Goodbye.\n")
        #expect(plain.takeEffects() == [.quit])
    }

    @Test func keysPastesAndTicksAreTheFullScreenReadersAndChangeNothing() {
        var plain = PlainScript()
        _ = plain.start()
        for msg: Msg in [.key(.enter), .paste("1\n"), .resize(Size(width: 80, height: 24)), .tick(now: 500)] {
            #expect(plain.session.update(msg).isEmpty)
        }
        #expect(plain.type("1").hasPrefix("Article: Preparing"), "the menu is still the library")
    }

    @Test func findListsTheLinesAndOffersSearchWhenNothingMatches() {
        var plain = PlainScript(openArticle: "first-visit")
        _ = plain.start()
        let found = plain.type("/ Light Dinner")
        #expect(found.contains("not in"), "smart case: capitals must match")
        let lower = plain.type("/ light dinner")
        #expect(lower == """
            1 line with "light dinner"; type a number to read that section.
            1. At Home the Night Before: Eat a light dinner and sleep as well as you can. If you feel anxious, that is no…

            """, "a long line is cut to about 80 characters around the match")
        #expect(plain.type("1").hasPrefix("Section 4 of 12 entries: At Home the Night Before\n"))
        #expect(plain.type("/ side efects") == "\"side efects\" is not in Preparing for Your First Visit. "
                + "Try s and your words to search all articles.\n")
        #expect(plain.type("/") == "Type / and the words to find, for example: / side effects\n")
    }

    @Test func searchListsResultsAcrossArticlesAndReadsOne() {
        var plain = PlainScript()
        _ = plain.start()
        let results = plain.type("s medicines")
        #expect(results.hasPrefix("1 result; type a number to read it.\n")
                || results.contains(" results; type a number to read it.\n"))
        #expect(results.contains("(Preparing for Your First Visit)"))
        let read = plain.type("1")
        #expect(read.hasPrefix("Article: Preparing for Your First Visit\n"), "a result opens its article")
        #expect(read.contains(" of 12 entries: "))
        #expect(plain.type("s zzqqxx") == "Nothing matches \"zzqqxx\". Try other words.\n")
        #expect(plain.type("s") == "Type s and your words, for example: s how long is a session\n")
    }

    @Test func searchWithoutAnIndexSaysWhy() {
        var plain = PlainScript(search: .unavailable(reason: "the index is being rebuilt"))
        _ = plain.start()
        #expect(plain.type("s sleep") == "Search is not available: the index is being rebuilt.\n")
    }

    @Test func crisisHelpComesFirstAndWhole() {
        var plain = PlainScript(openArticle: "first-visit")
        _ = plain.start()
        let help = plain.type("!")
        let wording = CrisisSupport.standard.help(in: "en", articleText: nil).wording
        #expect(help.hasPrefix(wording.title + ":\n"))
        #expect(help.contains("988"))
        #expect(help.hasSuffix(wording.fromTheArticle + " In a crisis, call or text 988. In an emergency, call 911.\n"))
        // Words of crisis in a search: the help before any result.
        let search = plain.type("s I want to kill myself")
        #expect(search.contains(wording.resultsBelow + "\n"))
        let resultsAt = search.range(of: wording.resultsBelow)!.lowerBound
        #expect(search[..<resultsAt].contains("988"))
    }

    @Test func consultInterviewAsksTheChosenContactFirstAndSubmits() {
        var plain = PlainScript(openArticle: "first-visit")
        _ = plain.start()
        let opening = plain.type("c")
        #expect(opening.hasPrefix("Request a consultation. This is not for emergencies."))
        #expect(opening.contains("Help now: In a crisis, call or text 988. In an emergency, call 911.\n"))
        #expect(opening.hasSuffix("Type cancel at any question to stop; nothing is saved until you confirm.\n"
                                  + "Full name (required):\n"))
        #expect(plain.type("Ana Lopez").hasPrefix("How should the clinic contact you? 1. Phone 2. Email 3. Phone or email."))
        #expect(plain.type("2") == "Email (required):\n", "after 2. Email, the email first")
        #expect(plain.type("ana@example.org") == "Phone (optional; Enter to skip):\n")
        #expect(plain.type("") == "Best time to contact (optional; Enter to skip):\n")
        #expect(plain.type("") == "Topic (Enter keeps \"Preparing for Your First Visit\", or type another):\n")
        #expect(plain.type("").hasPrefix("Message (optional, up to 2,000 characters)."))
        #expect(plain.type("What should I eat", "the night before?") == "")
        #expect(plain.type("") == "Do you agree that the clinic may contact you about this request? Type y or n:\n")
        // Answering n says how to stop, every time, instead of looping in silence.
        for _ in 0..<2 {
            #expect(plain.type("n").hasPrefix("The clinic can only contact you with your agreement. Type y to agree, "
                                              + "or cancel to stop; nothing is saved.\n"))
        }
        let review = plain.type("y")
        #expect(review == """
            Please check your request:
            1. Full name: Ana Lopez
            2. How to contact you: Email
            3. Phone: (none)
            4. Email: ana@example.org
            5. Best time to contact: (none)
            6. Topic: Preparing for Your First Visit
            7. Message: What should I eat / the night before?
            8. Consent: Yes, the clinic may contact me about this request.
            Type y to save, a number to change that answer, or cancel.

            """)
        let drafts = plain.takeEffects()
        #expect(drafts.allSatisfy { if case .saveConsultDraft = $0 { true } else { false } }, "a draft after every answer")
        #expect(plain.type("y") == "Saving your request…\n")
        guard case .submitConsult(let form)? = plain.takeEffects().last else {
            Issue.record("y asks the host to save the request")
            return
        }
        #expect(form.email == "ana@example.org" && form.phone.isEmpty && form.consent)
        #expect(form.article == "first-visit")
        let saved = plain.send(.consultSaved(reference: "1a2b3c4d"))
        #expect(saved.hasPrefix("Request saved. Reference: 1a2b3c4d\n"))
        #expect(saved.contains("will contact you by email."))
        #expect(plain.takeEffects() == [.removeConsultDraft])
        #expect(plain.type("t").contains("12 entries"), "lines are commands again")
    }

    @Test func aFailedSaveKeepsTheAnswersAndTriesAgain() {
        var plain = PlainScript()
        _ = plain.start()
        _ = plain.type("c", "Ana Lopez", "1", "555 010 0100", "", "", "", "", "y")
        _ = plain.takeEffects()
        #expect(plain.type("y") == "Saving your request…\n")
        _ = plain.takeEffects()
        let failed = plain.send(.consultFailed(reason: "No space left on device."))
        #expect(failed == "Your request was not saved. No space left on device.\nType y to try again, or cancel.\n")
        #expect(plain.type("later") == "Type y to try saving again, or cancel.\n")
        _ = plain.type("y")
        guard case .submitConsult(let form)? = plain.takeEffects().last else {
            Issue.record("y tries the save again")
            return
        }
        #expect(form.name == "Ana Lopez" && form.phone == "555 010 0100")
    }

    @Test func cancelStopsAndDiscardsTheDraft() {
        var plain = PlainScript()
        _ = plain.start()
        _ = plain.type("c", "Ana")
        _ = plain.takeEffects()
        #expect(plain.type("Cancel") == "Request cancelled; nothing was saved.\n")
        #expect(plain.takeEffects() == [.removeConsultDraft])
        #expect(plain.type("1").hasPrefix("Article: "), "back to the library menu")
    }

    @Test func anUnfinishedRequestIsOfferedAndResumedAtItsReview() {
        var plain = PlainScript(draft: ConsultForm(name: "Ana", contactMethod: .email, email: "ana@example.org"))
        #expect(plain.start().hasPrefix("You have an unfinished consultation request; type c to finish it.\n2 articles;"))
        let resumed = plain.type("c")
        #expect(resumed.contains("Your unfinished request was kept. Type cancel to discard it.\nPlease check your request:\n1. Full name: Ana\n"))
        #expect(resumed.contains("4. Email: ana@example.org\n"))
    }

    @Test func crisisWordsInTheMessagePutHelpOnTheReviewAndAfterSaving() {
        var plain = PlainScript()
        _ = plain.start()
        let review = plain.type("c", "Ana Lopez", "1", "555 010 0100", "", "", "", "I want to kill myself", "", "y")
        let wording = CrisisSupport.standard.help(in: "en", articleText: nil).wording
        #expect(review.contains(wording.consultNotice + "\n"))
        let helpAt = review.range(of: wording.consultNotice)!.lowerBound
        #expect(review[helpAt...].contains("Please check your request:"), "the help comes before the answers")
        _ = plain.type("y")
        let saved = plain.send(.consultSaved(reference: "1a2b3c4d"))
        #expect(saved.hasPrefix(wording.consultNotice + "\n"))
        #expect(saved.contains(wording.urgentSaved + "\nRequest saved. Reference: 1a2b3c4d\n"))
    }

    @Test func readingPlacesAreSavedAsTheyChangeExceptOnAKiosk() {
        var plain = PlainScript(openArticle: "first-visit")
        _ = plain.start()
        _ = plain.type("4", "4", "n")
        let saves = plain.takeEffects()
        #expect(saves.count == 2, "a place is saved once, as it changes")
        #expect(saves.allSatisfy { if case .savePosition(article: "first-visit", _) = $0 { true } else { false } })

        var kiosk = PlainScript(openArticle: "first-visit", remembersPositions: false)
        _ = kiosk.start()
        _ = kiosk.type("4", "n")
        #expect(kiosk.takeEffects().isEmpty, "a kiosk leaves nothing of what someone read")
    }

    @Test func openingAnArticleOffersToGoOnWhereTheReaderLeftOff() {
        var first = PlainScript(openArticle: "first-visit")
        _ = first.start()
        _ = first.type("5")
        guard case .savePosition(_, let line)? = first.takeEffects().last else {
            Issue.record("reading a section saves the place")
            return
        }
        var later = PlainScript(openArticle: "first-visit", positions: ["first-visit": line])
        #expect(later.start().hasSuffix("Last time you were reading \"On the Day\"; Enter goes on from there.\n"))
        #expect(later.type("").hasPrefix("Section 5 of 12 entries: On the Day\n"))
    }

    @Test func aSectionAskedForOnTheCommandLineIsReadAtOnce() {
        var plain = PlainScript(openArticle: "first-visit", section: "after-the-visit")
        let opening = plain.start()
        #expect(opening.contains("entries: After the Visit\n"))
        #expect(opening.contains("You will get a written summary"))
        #expect(plain.takeEffects().isEmpty, "where the reader opened is not news to save")
    }
}

extension PlainReaderSession {
    /// The library menu as a fresh session prints it.
    var withArticleMenu: String {
        var copy = self
        return copy.articleMenu()
    }
}

/// Links in the line-by-line reader: numbered in the sentence, listed after the section,
/// followed with g and a number, and b to come back.
@Suite struct PlainLinkTests {
    static let library = Library(directory: "lib", articles: [
        ArticleLinkTests.article("bp", """
            ---
            title: Blood pressure
            ---

            # Blood pressure

            Read [the questions](#faq) or [sleep advice](sleep.md#naps), and the \
            [heart foundation](https://example.org/heart) site.

            ## FAQ

            ### Why?

            Because.
            """),
        ArticleLinkTests.article("sleep", "---\ntitle: Sleep\n---\n\n# Sleep\n\nRest well.\n\n## Naps\n\nShort ones.\n"),
    ], diagnostics: [])

    @Test func aSectionsLinksAreNumberedAndGFollowsOneBComesBack() {
        var plain = PlainScript(library: Self.library, openArticle: "bp")
        _ = plain.start()
        let section = plain.type("1")
        #expect(section.contains("Read the questions[1] or sleep advice[2], and the heart foundation[3] site.\n"), "\(section)")
        #expect(section.contains("""
            Links:
            [1] the questions → Blood pressure, section FAQ
            [2] sleep advice → Sleep, section Naps
            [3] heart foundation → https://example.org/heart
            Type g and a link's number to follow it, for example g 1; b comes back.
            """), "\(section)")
        let followed = plain.type("g 2")
        #expect(followed.hasPrefix("Article: Sleep\nSection 2 of 2 entries: Naps\n"), "\(followed)")
        #expect(plain.type("b").hasPrefix("Article: Blood pressure\nSection 1 of 3 entries: Blood pressure\n"))
        #expect(plain.type("g 1").hasPrefix("Section 2 of 3 entries: FAQ\n"), "an anchor stays in the article")
        #expect(plain.type("b").hasPrefix("Section 1 of 3 entries"))
        #expect(plain.type("b") == "No link has been followed; nothing to go back to.\n")
    }

    @Test func aWebAddressIsSaidNotOpenedAndAWrongNumberSaysTheRange() {
        var plain = PlainScript(library: Self.library, openArticle: "bp")
        _ = plain.start()
        #expect(plain.type("g 1") == "The section you read last has no links.\n")
        _ = plain.type("1")
        #expect(plain.type("g 3") == "That link is a web address: https://example.org/heart\n"
                + "Pamphlet does not open it; type it into a browser if you wish.\n")
        #expect(plain.type("g 9") == "Type g and a number from 1 to 3.\n")
        #expect(plain.type("g") == "Type g and a number from 1 to 3.\n")
    }
}
