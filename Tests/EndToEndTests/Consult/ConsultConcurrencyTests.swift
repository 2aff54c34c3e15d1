import Foundation
import PamphletCore
import Testing

/// Many processes saving at once, and processes killed while saving.
/// Serialized: both tests want the machine's cores to themselves.
@Suite(.serialized) struct ConsultConcurrencyTests {
    @Test func fourProcessesTimesAHundredSavesGiveFourHundredRequests() throws {
        let home = try TemporaryFolder()
        let workers = try (1...4).map { worker in
            try home.pamphlet.startScript("""
                i=0
                while [ $i -lt 100 ]; do
                  "$0" consult --name "Worker \(worker)" --phone "555 000 \(worker)$i" --consent || exit 1
                  i=$((i + 1))
                done
                """)
        }
        var printed: [String] = []
        for (process, output, errors) in workers {
            let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(stderr)")
            printed += stdout.split(separator: "\n").filter { $0.hasPrefix("Request saved. Reference: ") }
                .map { String($0.dropFirst(26)) }
        }
        // load() fails unless the file is one valid requests document.
        let stored = try ConsultStore(path: home.requestsPath).load()
        #expect(stored.requests.count == 400)
        #expect(stored.unreadableEntries == [])
        #expect(Set(stored.requests.map(\.id)).count == 400)
        #expect(Set(stored.requests.map(\.reference)) == Set(printed))
        for worker in 1...4 {
            #expect(stored.requests.filter { $0.name == "Worker \(worker)" }.count == 100)
        }
    }

    /// SIGKILL at random moments across a save's whole life, 250 times. After
    /// every kill the file parses, and every reference that was printed is in it.
    @Test func killingSavesAtRandomMomentsNeverLosesAPrintedRequest() throws {
        let home = try TemporaryFolder()
        let store = ConsultStore(path: home.requestsPath, ownsDirectory: true)
        try seed(store, count: 200)
        // How long a save takes varies with the machine's load, so the estimate
        // follows what happens: shorter after a run that finished before the kill,
        // longer after one that was killed. It settles where about 70% are killed,
        // most of them late in the run, where the save is.
        var lifetime = try medianLifetime(of: home.pamphlet, runs: 5)
        let iterations = 250
        var printed: Set<String> = []
        var killedWhileRunning = 0
        var killedWithTempFileOpen = 0
        var checking: Double = 0
        for _ in 0..<iterations {
            let (process, output, _) = try home.pamphlet.start(ConsultArguments.valid)
            // Start-up is a third of a run or more; the save is at the end, so aim there.
            usleep(useconds_t(Double.random(in: 0.3...1.0) * lifetime * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal {
                killedWhileRunning += 1
                lifetime *= 1.02
            } else {
                lifetime *= 0.95
            }
            let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if let reference = PamphletProcess.Result(status: 0, stdout: stdout, stderr: "").reference {
                printed.insert(reference)
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: home.path + "/data/pamphlet")
            if names.contains(where: { $0.hasPrefix(".consult-requests.json.tmp-") }) { killedWithTempFileOpen += 1 }

            let checkStart = Date()
            let stored = try store.load()
            #expect(stored.unreadableEntries == [])
            #expect(printed.isSubset(of: Set(stored.requests.map(\.reference))))
            checking += Date().timeIntervalSince(checkStart)
        }
        let final = try store.load().requests.count
        #expect(final >= 200 + printed.count && final <= 200 + iterations)
        // The next save removes whatever temp files the kills left.
        #expect(try home.pamphlet.run(ConsultArguments.valid).status == 0)
        // The seeded version 1 file was converted by the first save and its original kept; a kill
        // during a write may have left a cut-short line, set aside by the save after it.
        let names = try FileManager.default.contentsOfDirectory(atPath: home.path + "/data/pamphlet").sorted()
        #expect(names.filter { !$0.hasPrefix("consult-requests.json.torn-") }
                == ["consult-requests.json", "consult-requests.json.lock", "consult-requests.json.references",
                    "consult-requests.json.version-1"])
        print("crash test: \(iterations) kills, \(killedWhileRunning) while running, "
              + "\(killedWithTempFileOpen) with a temp file written, \(printed.count) references printed, "
              + "\(final - 200) saved; final lifetime estimate \(Int(lifetime * 1000)) ms; checks \(Int(checking)) s")
        #expect(killedWhileRunning >= iterations / 4, "too few kills landed while a save ran to test anything")
    }

    /// Writes a requests file of `count` requests in one go (saving them one
    /// by one would cost seconds). A file of 200 requests makes each save's
    /// write and fsync long enough to be hit.
    private func seed(_ store: ConsultStore, count: Int) throws {
        struct Document: Encodable {
            var format = "pamphlet-consult-requests"
            var version = 1
            var requests: [ConsultRequest]
        }
        let requests = try (0..<count).map { index in
            try ConsultForm(name: "Seed \(index)", phone: "5550000\(index)", consent: true).makeRequest()
        }
        try FileManager.default.createDirectory(atPath: home(of: store), withIntermediateDirectories: true)
        try JSONEncoder().encode(Document(requests: requests)).write(to: URL(fileURLWithPath: store.path))
        #expect(try store.load().requests.count == count)
    }

    private func home(of store: ConsultStore) -> String {
        URL(fileURLWithPath: store.path).deletingLastPathComponent().path
    }

    private func medianLifetime(of pamphlet: PamphletProcess, runs: Int) throws -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = Date()
            #expect(try pamphlet.run(ConsultArguments.valid).status == 0)
            times.append(Date().timeIntervalSince(start))
        }
        return times.sorted()[runs / 2]
    }
}
