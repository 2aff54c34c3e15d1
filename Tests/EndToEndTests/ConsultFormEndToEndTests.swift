import Foundation
import Testing

/// The consult form in a real terminal: open the reader, press c, fill the form,
/// review, save; the request is in the requests file, which only its owner can read.
@Suite(.serialized) struct ConsultFormEndToEndTests {
    static let library = PamphletProcess.packageRoot.appendingPathComponent("Tests/PamphletUITests/Fixtures/Library").path

    @Test func fillReviewSaveAndTheRecordIsInTheFile() throws {
        try TemporaryFolder.with { folder in
            let requests = folder.appendingPathComponent("clinic/consult-requests.json").path
            let state = folder.appendingPathComponent("state").path
            let session = try TmuxSession(
                [PamphletProcess.binary, "read", "first-visit", "--library", Self.library],
                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": folder.path,
                              "XDG_STATE_HOME": state, "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
                              "PAMPHLET_REQUESTS": requests])
            try session.waitFor("Preparing for Your First Visit")
            try session.press("c")
            try session.waitFor("Request a consultation")
            try session.type("Zoë 山田")
            try session.press("Tab", "Right", "Tab")  // how to contact: phone
            try session.type("555 123 4567")
            try session.press("Tab", "Tab", "Tab", "Tab")
            try session.type("Could my partner come along?")
            try session.press("Tab", "Space", "C-s")
            let review = try session.waitFor("Check your request")
            #expect(review.contains("Full name: Zoë 山田"))
            try session.press("Enter")
            let confirmation = try session.waitFor("Reference:")

            let reference = try #require(confirmation.firstMatch(of: /Reference: ([0-9a-f]{8})/)?.output.1)
            let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: requests)))
            let saved = try #require(((document as? [String: Any])?["requests"] as? [[String: Any]])?.first)
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

            try session.press("Enter")
            try session.waitFor("Preparing for Your First Visit")
        }
    }

    @Test func anUnfinishedRequestIsOfferedAtTheNextStart() throws {
        try TemporaryFolder.with { folder in
            let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": folder.path,
                               "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
                               "PAMPHLET_REQUESTS": folder.appendingPathComponent("requests.json").path]
            let command = [PamphletProcess.binary, "read", "first-visit", "--library", Self.library]
            do {
                let session = try TmuxSession(command, environment: environment)
                try session.waitFor("Preparing for Your First Visit")
                try session.press("c")
                try session.waitFor("Request a consultation")
                try session.type("Ana Lima")
                try session.press("Tab")
                try session.waitFor("Space: choose how the clinic")  // the draft is written before this paints
                try session.press("C-c")
            }
            let draft = folder.appendingPathComponent("state/pamphlet/consult-draft.json").path
            let mode = try FileManager.default.attributesOfItem(atPath: draft)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let session = try TmuxSession(command, environment: environment)
            try session.waitFor("You have an unfinished request. Continue it? y/n")
            try session.press("y")
            try session.waitFor("Ana Lima")
        }
    }
}

/// The plain reader's `c`: each question on its own line, a numbered review, the save.
@Suite struct PlainConsultTests {
    @Test func answersLineByLineThenSaves() throws {
        try TemporaryFolder.with { folder in
            let requests = folder.appendingPathComponent("requests.json").path
            let answers = ["c", "Zoë 山田", "2", "", "not-an-address", "zoe@example.org", "evenings", "",
                           "First line", "second line", "", "y", "y", "q"]
            let result = try PamphletProcess.run(
                ["read", "first-visit", "--plain", "--library", ConsultFormEndToEndTests.library],
                stdin: answers.joined(separator: "\n") + "\n",
                environment: ["PAMPHLET_REQUESTS": requests, "HOME": folder.path,
                              "XDG_STATE_HOME": folder.appendingPathComponent("state").path])
            #expect(result.stdout.contains("This is not for emergencies."))
            #expect(result.stdout.contains("Enter an email address like name@example.org.\nEmail (required):"))
            #expect(result.stdout.contains("1. Full name: Zoë 山田\n2. How to contact you: Email\n"))
            #expect(result.stdout.contains("7. Message: First line / second line\n"))
            #expect(result.stdout.contains("Request saved. Reference: "))
            let saved = try String(contentsOfFile: requests, encoding: .utf8)
            #expect(saved.contains("\"email\" : \"zoe@example.org\"") || saved.contains("\"email\":\"zoe@example.org\""))
            #expect(saved.contains("Preparing for Your First Visit"))
        }
    }
}
