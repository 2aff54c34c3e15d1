import Foundation
import Testing

/// Issue 10 as a person at the terminal would meet it: the kiosk's keyboard escapes, a
/// stuck writer, special files at the data paths, and a value that is not UTF-8.
@Suite struct HardeningEndToEndTests {
    /// Item 1: started from a shell, `pamphlet --kiosk` and then C-z gave the shell back,
    /// with the last patient's request a `grep` away; C-\ would have dumped core.
    @Test func aKioskCannotBeSuspendedOrQuitFromTheKeyboardAndDumpsNoCore() throws {
        try TemporaryFolder.with { state in
            let session = try ReaderSession(stateFolder: state)
            defer { session.pane.close() }
            try session.pane.type("ulimit -c unlimited", enter: true)
            try session.start(["--kiosk"])
            try session.pane.waitFor("What Does Ketamine Therapy Feel Like?")
            try session.pane.press("C-z")
            try session.pane.press("C-\\")
            // Still the reader, still in the foreground: it answers keys.
            try session.pane.press("?")
            try session.pane.waitFor("Keys")
            let pid = try #require(try session.pane.foregroundPid(named: "pamphlet"))
            let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
            let core = try #require(limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") })
            #expect(core.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).prefix(2) == ["0", "0"])
            try session.send(signal: SIGTERM)  // how staff end it
            try session.waitForPrompt()
        }
    }

    /// Item 3: the reader took the requests lock at start-up and stayed blank while a
    /// stopped `consult` held it.
    @Test func theReaderPaintsWhileAnotherProcessHoldsTheRequestsLock() throws {
        try TemporaryFolder.with { state in
            let requests = state.appendingPathComponent("clinic/r.json").path
            try FileManager.default.createDirectory(atPath: state.appendingPathComponent("clinic").path,
                                                    withIntermediateDirectories: false)
            let holder = open(requests + ".lock", O_RDWR | O_CREAT, 0o600)
            defer { close(holder) }
            #expect(flock(holder, LOCK_EX) == 0)
            let session = try ReaderSession(stateFolder: state, environment: ["PAMPHLET_REQUESTS": requests])
            defer { session.pane.close() }
            try session.start([])
            try session.pane.waitFor("What Does Ketamine Therapy Feel Like?", timeout: 5)
            try session.pane.press("C-c")
            try session.waitForPrompt()
        }
    }

    /// Item 3: the next `consult` waited more than 20 s with no output.
    @Test func aSaveBehindAStuckWriterFailsWithinSecondsNamingIt() throws {
        let home = try TemporaryFolder()
        #expect(try home.pamphlet.run(ConsultArguments.valid).status == 0)
        let holder = open(home.requestsPath + ".lock", O_RDWR)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX) == 0)
        let start = Date()
        let result = try home.pamphlet.run(ConsultArguments.valid)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: Your request was not saved. Could not lock \(home.requestsPath).lock: "
            + "process \(getpid()) has held it for more than 3 seconds (another Pamphlet saving, or one that is "
            + "stopped); if it is stuck, end it and try again.\n")
    }

    /// Item 4: a FIFO at the requests path hung `consult` and `requests list`.
    @Test func aFIFOAtTheRequestsPathIsRefusedAtOnce() throws {
        let home = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: home.path + "/data/pamphlet", withIntermediateDirectories: true)
        #expect(mkfifo(home.requestsPath, 0o600) == 0)
        let refusal = "it is not a regular file (a FIFO, socket or device is there instead)."
        let saved = try home.pamphlet.run(ConsultArguments.valid)
        #expect(saved.status == 1)
        #expect(saved.stderr.hasSuffix("Could not write \(home.requestsPath): \(refusal)\n"))
        let listed = try home.pamphlet.run(["requests", "list"])
        #expect(listed.status == 1)
        #expect(listed.stderr.hasSuffix("Could not read \(home.requestsPath): \(refusal)\n"))
    }

    /// Item 11: invalid UTF-8 in an argument was saved silently as U+FFFD.
    @Test func aValueThatIsNotUTF8IsRefusedNamingItsOption() throws {
        let home = try TemporaryFolder()
        let (process, output, errors) = try home.pamphlet.startScript(
            #""$0" consult --name "$(printf 'Zo\353')" --phone 5551234 --consent"#)
        let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 65)
        #expect(stdout == "")
        #expect(stderr == "pamphlet: the value of --name is not valid UTF-8 text (is the terminal set to UTF-8?). Nothing was saved.\n")
        #expect(!FileManager.default.fileExists(atPath: home.requestsPath))
    }
}
