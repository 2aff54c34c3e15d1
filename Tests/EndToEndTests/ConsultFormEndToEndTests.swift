import Foundation
import Testing

/// The consult form in a real terminal: open the reader, press c, fill the form,
/// review, save; the request is in the requests file, which only its owner can read.
@Suite(.serialized) struct ConsultFormEndToEndTests {
    static let library = PamphletProcess.packageRoot.appendingPathComponent("Tests/PamphletUITests/Fixtures/Library").path

    /// Starts the reader on the fixture article and presses c, as a patient would.
    private static func openTheForm(in session: ReaderSession, adding options: [String] = []) throws {
        try session.start(["read", "first-visit"] + options, library: library)
        try session.pane.waitFor("Preparing for Your First Visit")
        try session.pane.press("c")
        try session.pane.waitFor("Request a consultation")
    }

    /// The requests in a requests file, read as `jq 'select(.event == "request").request'` would.
    private static func savedRequests(in path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
            let event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return event?["event"] as? String == "request" ? event?["request"] as? [String: Any] : nil
        }
    }

    /// Through a real terminal's bracketed paste: three lines stay in the name field
    /// instead of being read as Enter keys that move on and flip the contact choice.
    @Test func aMultiLinePasteStaysInTheFieldItLandsIn() throws {
        try TemporaryFolder.with { folder in
            let session = try ReaderSession(stateFolder: folder.appendingPathComponent("state"),
                                            environment: ["HOME": folder.path])
            defer { session.pane.close() }
            try Self.openTheForm(in: session)
            try session.pane.paste("John Smith\n555 010 0100\njohn@example.org")
            let screen = try session.pane.waitFor("john@example.org")
            #expect(screen.contains("John Smith 555 010 0100 john@example.org"), "\(screen)")
            #expect(screen.contains("› Full name (required)"), "the name keeps the focus: \(screen)")
            try session.pane.press("C-c")
            try session.waitForPrompt()
        }
    }

    @Test func fillReviewSaveAndTheRecordIsInTheFile() throws {
        try TemporaryFolder.with { folder in
            let requests = folder.appendingPathComponent("clinic/consult-requests.json").path
            let state = folder.appendingPathComponent("state").path
            let session = try ReaderSession(
                stateFolder: URL(fileURLWithPath: state),
                environment: ["HOME": folder.path, "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
                              "PAMPHLET_REQUESTS": requests])
            defer { session.pane.close() }
            try Self.openTheForm(in: session)
            try session.pane.type("Zoë 山田")
            try session.pane.press("Tab", "Right", "Tab")  // how to contact: phone
            try session.pane.type("555 123 4567")
            try session.pane.press("Tab", "Tab", "Tab", "Tab")
            try session.pane.type("Could my partner come along?")
            try session.pane.press("Tab", "Space", "C-s")
            let review = try session.pane.waitFor("Check your request")
            #expect(review.contains("Full name: Zoë 山田"))
            try session.pane.press("Enter")
            let confirmation = try session.pane.waitFor("Reference:")

            let reference = try #require(confirmation.firstMatch(of: /Reference: ([0-9a-f]{8})/)?.output.1)
            let saved = try #require(try Self.savedRequests(in: requests).first)
            #expect((saved["id"] as? String)?.hasPrefix(String(reference)) == true)
            #expect(saved["name"] as? String == "Zoë 山田")
            #expect(saved["contact_method"] as? String == "phone")
            #expect(saved["phone"] as? String == "555 123 4567")
            #expect(saved["topic"] as? String == "Preparing for Your First Visit")
            #expect(saved["message"] as? String == "Could my partner come along?")
            #expect(saved["article"] as? String == "first-visit")
            let mode = try FileManager.default.attributesOfItem(atPath: requests)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            #expect(!FileManager.default.fileExists(atPath: state + "/pamphlet/consult-draft.json"),
                    "the draft goes once the request is saved")

            try session.pane.press("Enter")
            try session.pane.waitFor("Preparing for Your First Visit")
        }
    }

    /// Staff point a kiosk's reader at the clinic's file with `--requests`; it wins
    /// over PAMPHLET_REQUESTS, as it does for `pamphlet consult`.
    @Test func requestsOptionChoosesTheFileTheReaderSavesTo() throws {
        try TemporaryFolder.with { folder in
            let chosen = folder.appendingPathComponent("chosen/requests.json").path
            let fromEnvironment = folder.appendingPathComponent("environment/requests.json").path
            let session = try ReaderSession(
                stateFolder: folder.appendingPathComponent("state"),
                environment: ["HOME": folder.path, "PAMPHLET_REQUESTS": fromEnvironment])
            defer { session.pane.close() }
            try Self.openTheForm(in: session, adding: ["--requests", chosen])
            try session.pane.type("Ana Lima")
            try session.pane.press("Tab", "Right", "Tab")  // how to contact: phone
            try session.pane.type("555 123 4567")
            try session.pane.press("Tab", "Tab", "Tab", "Tab", "Tab", "Space", "C-s")
            try session.pane.waitFor("Check your request")
            try session.pane.press("Enter")
            try session.pane.waitFor("Reference:")

            let saved = try Self.savedRequests(in: chosen)
            #expect(saved.map { $0["name"] as? String } == ["Ana Lima"])
            #expect(!FileManager.default.fileExists(atPath: fromEnvironment))
        }
    }

    @Test func anUnfinishedRequestIsOfferedAtTheNextStart() throws {
        try TemporaryFolder.with { folder in
            let session = try ReaderSession(
                stateFolder: folder.appendingPathComponent("state"),
                environment: ["HOME": folder.path,
                              "PAMPHLET_REQUESTS": folder.appendingPathComponent("requests.json").path])
            defer { session.pane.close() }
            try Self.openTheForm(in: session)
            try session.pane.type("Ana Lima")
            try session.pane.press("Tab")
            try session.pane.waitFor("Space: choose how the clinic")  // the draft is written before this paints
            try session.pane.press("C-c")
            try session.waitForPrompt()

            let draft = folder.appendingPathComponent("state/pamphlet/consult-draft.json").path
            let mode = try FileManager.default.attributesOfItem(atPath: draft)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            try session.start(["read", "first-visit"], library: Self.library)
            try session.pane.waitFor("You have an unfinished request. Continue it? y/n")
            try session.pane.press("y")
            try session.pane.waitFor("Ana Lima")
        }
    }
}

/// The plain reader's `c`: each question on its own line, a numbered review, the save.
@Suite struct PlainConsultTests {
    @Test func answersLineByLineThenSaves() throws {
        try TemporaryFolder.with { folder in
            let requests = folder.appendingPathComponent("requests.json").path
            // Email chosen (2), so Email is asked before Phone.
            let answers = ["c", "Zoë 山田", "2", "not-an-address", "zoe@example.org", "", "evenings", "",
                           "First line", "second line", "", "y", "y", "q"]
            let result = try PamphletProcess.run(
                ["read", "first-visit", "--plain", "--library", ConsultFormEndToEndTests.library],
                stdin: answers.joined(separator: "\n") + "\n",
                environment: ["PAMPHLET_REQUESTS": requests, "HOME": folder.path,
                              "XDG_STATE_HOME": folder.appendingPathComponent("state").path])
            #expect(result.stdout.contains("This is not for emergencies."))
            #expect(result.stdout.contains("Type a number:\nEmail (required):\n"))
            #expect(result.stdout.contains("Enter an email address like name@example.org.\nEmail (required):"))
            #expect(result.stdout.contains("Email (required):\nPhone (optional; Enter to skip):\n"))
            #expect(result.stdout.contains("1. Full name: Zoë 山田\n2. How to contact you: Email\n"))
            #expect(result.stdout.contains("7. Message: First line / second line\n"))
            #expect(result.stdout.contains("Request saved. Reference: "))
            let saved = try String(contentsOfFile: requests, encoding: .utf8)
            #expect(saved.contains("\"email\" : \"zoe@example.org\"") || saved.contains("\"email\":\"zoe@example.org\""))
            #expect(saved.contains("Preparing for Your First Visit"))
        }
    }

    /// Answering n to consent is not a dead end: each time it says why and how to stop.
    @Test func declinedConsentSaysHowToStop() throws {
        try TemporaryFolder.with { folder in
            let requests = folder.appendingPathComponent("requests.json").path
            let answers = ["c", "Ana Lima", "1", "555 123 4567", "", "", "", "", "n", "n", "cancel", "q"]
            let result = try PamphletProcess.run(
                ["read", "first-visit", "--plain", "--library", ConsultFormEndToEndTests.library],
                stdin: answers.joined(separator: "\n") + "\n",
                environment: ["PAMPHLET_REQUESTS": requests, "HOME": folder.path,
                              "XDG_STATE_HOME": folder.appendingPathComponent("state").path])
            let advice = "The clinic can only contact you with your agreement. Type y to agree, or cancel to stop; nothing is saved."
            #expect(result.stdout.components(separatedBy: advice).count - 1 == 2, "\(result.stdout)")
            #expect(result.stdout.contains("Request cancelled; nothing was saved."))
            #expect(!FileManager.default.fileExists(atPath: requests))
        }
    }

    /// A screen-reader user whose session drops mid-form loses nothing: the answers
    /// so far are kept (0600) and the next start offers them back at the review.
    @Test func answersSurviveAnEndedSessionAndAreOfferedBack() throws {
        try TemporaryFolder.with { folder in
            let requests = folder.appendingPathComponent("requests.json").path
            let state = folder.appendingPathComponent("state").path
            let draft = state + "/pamphlet/consult-draft.json"
            let environment: [String: String?] = ["PAMPHLET_REQUESTS": requests, "HOME": folder.path, "XDG_STATE_HOME": state]
            let arguments = ["read", "first-visit", "--plain", "--library", ConsultFormEndToEndTests.library]

            // The input ends after the phone number, as when a connection drops.
            _ = try PamphletProcess.run(arguments, stdin: "c\nAna Lima\n1\n555 123 4567\n", environment: environment)
            #expect(try FileManager.default.attributesOfItem(atPath: draft)[.posixPermissions] as? Int == 0o600)
            #expect(!FileManager.default.fileExists(atPath: requests))

            // Next time: the reminder, the kept answers, then consent (answer 8) and save.
            let result = try PamphletProcess.run(arguments, stdin: "c\n8\ny\ny\nq\n", environment: environment)
            #expect(result.stdout.contains("You have an unfinished consultation request; type c to finish it."))
            #expect(result.stdout.contains("1. Full name: Ana Lima\n2. How to contact you: Phone\n3. Phone: 555 123 4567\n"))
            #expect(result.stdout.contains("Request saved. Reference: "))
            #expect(try String(contentsOfFile: requests, encoding: .utf8).contains("Ana Lima"))
            #expect(!FileManager.default.fileExists(atPath: draft), "the draft goes once the request is saved")
        }
    }

    @Test func aKioskKeepsNoAnswers() throws {
        try TemporaryFolder.with { folder in
            let state = folder.appendingPathComponent("state").path
            _ = try PamphletProcess.run(
                ["read", "first-visit", "--plain", "--kiosk", "--library", ConsultFormEndToEndTests.library],
                stdin: "c\nAna Lima\n1\n",
                environment: ["PAMPHLET_REQUESTS": folder.appendingPathComponent("requests.json").path,
                              "HOME": folder.path, "XDG_STATE_HOME": state])
            #expect(!FileManager.default.fileExists(atPath: state + "/pamphlet/consult-draft.json"))
        }
    }

    @Test func cancellingDiscardsTheKeptAnswers() throws {
        try TemporaryFolder.with { folder in
            let state = folder.appendingPathComponent("state").path
            let environment: [String: String?] = ["PAMPHLET_REQUESTS": folder.appendingPathComponent("requests.json").path,
                               "HOME": folder.path, "XDG_STATE_HOME": state]
            let arguments = ["read", "first-visit", "--plain", "--library", ConsultFormEndToEndTests.library]
            _ = try PamphletProcess.run(arguments, stdin: "c\nAna Lima\n", environment: environment)
            #expect(FileManager.default.fileExists(atPath: state + "/pamphlet/consult-draft.json"))
            let result = try PamphletProcess.run(arguments, stdin: "c\ncancel\nq\n", environment: environment)
            #expect(result.stdout.contains("Request cancelled; nothing was saved."))
            #expect(!FileManager.default.fileExists(atPath: state + "/pamphlet/consult-draft.json"))
        }
    }
}
