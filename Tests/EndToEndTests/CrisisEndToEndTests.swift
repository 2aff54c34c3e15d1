import Foundation
import Testing

/// Crisis help first, as a person meets it: in the commands, the full-screen reader's
/// search and `!` screen, the `--plain` reader, and the consult form (where the saved
/// request is marked urgent and listed first for staff).
@Suite(.serialized) struct CrisisEndToEndTests {
    static let library = ["--library", ReaderSession.shippedLibrary]

    private static func cache(_ folder: URL) -> [String: String?] {
        ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]
    }

    @Test func searchPrintsHelpFirstAndSucceedsEvenWithNoResults() throws {
        try TemporaryFolder.with { folder in
            let result = try PamphletProcess.run(["search", "I", "want", "to", "kill", "myself"] + Self.library,
                                                 environment: Self.cache(folder))
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("You are not alone.") == true)
            #expect(result.stdout.contains("988 Suicide & Crisis Lifeline: call or text 988 (24/7)"))
            #expect(result.stdout.contains("In an emergency: call 911"))

            // With results, they come below a line, after the help.
            let suicide = try PamphletProcess.run(["search", "suicidal", "thoughts", "ketamine"] + Self.library,
                                                  environment: Self.cache(folder))
            #expect(suicide.status == 0)
            let help = try #require(suicide.stdout.range(of: "988"))
            if let rule = suicide.stdout.range(of: "Search results:") { #expect(help.lowerBound < rule.lowerBound) }
        }
    }

    @Test func jsonStartsWithTheCrisisEntry() throws {
        try TemporaryFolder.with { folder in
            let result = try PamphletProcess.run(["search", "quiero", "morir", "--json"] + Self.library,
                                                 environment: Self.cache(folder))
            #expect(result.status == 0)
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            let first = try #require(entries.first)
            #expect(first["kind"] as? String == "crisis")
            #expect((first["text"] as? String)?.contains("oprima 2 para español") == true)
            let numbers = (first["contacts"] as? [[String: Any]])?.compactMap { $0["number"] as? String }
            #expect(numbers == ["988", "911"])

            let faq = try PamphletProcess.run(["faq", "overdose", "on", "my", "pills", "--json"] + Self.library,
                                              environment: Self.cache(folder))
            #expect(faq.status == 0)
            let faqEntries = try #require(try JSONSerialization.jsonObject(with: Data(faq.stdout.utf8)) as? [[String: Any]])
            #expect(faqEntries.first?["kind"] as? String == "crisis")
        }
    }

    @Test func ordinaryQuestionsGetNoCrisisHelp() throws {
        try TemporaryFolder.with { folder in
            for words in [["painkiller", "side", "effects"], ["how", "long", "is", "a", "session"], ["my", "knee", "is", "killing", "me"]] {
                let result = try PamphletProcess.run(["search"] + words + ["--json"] + Self.library,
                                                     environment: Self.cache(folder))
                #expect(!result.stdout.contains("\"crisis\""), "\(words)")
            }
        }
    }

    @Test func plainReaderSearchSaysTheHelpFirst() throws {
        try TemporaryFolder.with { folder in
            var environment = Self.cache(folder)
            environment["XDG_STATE_HOME"] = folder.appendingPathComponent("state").path
            let result = try PamphletProcess.run(["read", ReaderSession.article, "--plain"] + Self.library,
                                                 stdin: "s I can't go on anymore\nq\n", environment: environment)
            let reply = try #require(result.stdout.range(of: "You are not alone."))
            let after = result.stdout[reply.lowerBound...]
            #expect(after.contains("call or text 988"))
            #expect(after.contains("Search results:"))
        }
    }

    @Test func readerSearchShowsThePanelAboveTheResults() throws {
        try TemporaryFolder.with { folder in
            let session = try ReaderSession(stateFolder: folder.appendingPathComponent("state"), width: 80, height: 24,
                                            environment: ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path])
            defer { session.pane.close() }
            try session.start(["read", ReaderSession.article])
            try session.pane.waitFor("What Does Ketamine Therapy Feel Like?")
            try session.pane.press("s")
            try session.pane.waitFor("Search all articles")
            try session.pane.type("suicidal thoughts")
            let screen = try session.pane.waitFor("call or text 988")
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let help = try #require(rows.firstIndex { $0.contains("988") })
            // A result row: "› Q question" or "  § heading" at the start of the column.
            let resultRow = rows.firstIndex { row in
                let trimmed = row.drop { $0 == " " || $0 == "›" }
                return trimmed.hasPrefix("Q ") || trimmed.hasPrefix("§ ")
            }
            if let resultRow { #expect(help < resultRow) }
            try session.pane.press("Escape")
            try session.pane.waitFor("?:help")
            try session.pane.press("!")
            let crisis = try session.pane.waitFor("Crisis help")
            #expect(crisis.contains("call 911"))
            try session.pane.press("Escape")
            try session.pane.waitFor("?:help")
            try session.pane.press("C-c")
            try session.waitForPrompt()
        }
    }

    @Test func consultMessageWithCrisisLanguageShowsHelpAndIsUrgentForStaff() throws {
        try TemporaryFolder.with { folder in
            let requests = folder.appendingPathComponent("clinic/consult-requests.json").path
            let session = try ReaderSession(
                stateFolder: folder.appendingPathComponent("state"), width: 80, height: 30,
                environment: ["HOME": folder.path, "PAMPHLET_REQUESTS": requests,
                              "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path])
            defer { session.pane.close() }
            // An ordinary request first, so that the urgent one is listed before an older one.
            let ordinary = try PamphletProcess.run(["consult", "--name", "Sam Lee", "--phone", "+1 555 0100", "--consent",
                                                    "--requests", requests])
            #expect(ordinary.status == 0)

            try session.start(["read", ReaderSession.article])
            try session.pane.waitFor("What Does Ketamine Therapy Feel Like?")
            try session.pane.press("c")
            try session.pane.waitFor("Request a consultation")
            try session.pane.type("Zoë Yamada")
            try session.pane.press("Tab", "Right", "Tab")  // how to contact: phone
            try session.pane.type("555 123 4567")
            try session.pane.press("Tab", "Tab", "Tab", "Tab")
            try session.pane.type("I have thoughts of self harm")
            try session.pane.press("Tab", "Space", "C-s")
            let review = try session.pane.waitFor("Check your request")
            #expect(review.contains("Your message says you may be in danger"))
            #expect(review.contains("call or text 988"))
            try session.pane.press("Enter")
            let confirmation = try session.pane.waitFor("marked urgent")
            #expect(confirmation.contains("988"))
            try session.pane.press("Enter")
            try session.pane.waitFor("?:help")
            try session.pane.press("C-c")
            try session.waitForPrompt()

            let listed = try PamphletProcess.run(["requests", "list", "--requests", requests])
            let rows = listed.stdout.split(separator: "\n").map(String.init)
            #expect(rows.count == 3)
            #expect(rows.dropFirst().first?.hasPrefix("URGENT") == true)
            #expect(rows.dropFirst().first?.contains("Zoë Yamada") == true)
            let json = try PamphletProcess.run(["requests", "list", "--json", "--requests", requests])
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(entries.first { $0["name"] as? String == "Zoë Yamada" }?["urgent"] as? Bool == true)
            #expect(entries.first { $0["name"] as? String == "Sam Lee" }?["urgent"] as? Bool == false)
        }
    }
}
