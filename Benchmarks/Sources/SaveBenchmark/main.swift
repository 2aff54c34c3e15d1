#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PamphletCore

// save-benchmark PAMPHLET_BIN [SAVES]: consult-request save latency at 100, 10,000 and
// 50,000 stored requests, and `pamphlet requests list` at 50,000 (time, peak memory).
//
// Floors measured in the same run, on the same disk:
// - save: one line of the same size appended to a file and fsynced (what any durable
//   append costs here; a save adds the lock, the checks and the references index);
// - list: `cat FILE > /dev/null` started as a process (reading the bytes at all).
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: save-benchmark PAMPHLET_BIN [SAVES]")
    exit(2)
}
let binary = arguments[1]
let saves = arguments.count > 2 ? Int(arguments[2]) ?? 200 : 200
let root = "/tmp/pamphlet-save-benchmark-\(getpid())"
try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: root) }
let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

func sampleRequest(_ index: Int) throws -> ConsultRequest {
    try ConsultForm(name: "Patient \(index) Zoë 山田", contactMethod: .either, phone: "+1 555 \(100_0000 + index)",
                    email: "patient\(index)@example.org", bestTime: "weekday mornings", topic: "Preparing for a colonoscopy",
                    message: "Could my partner come along to the first visit? I would also like to ask about fasting.",
                    consent: true, article: nil).makeRequest()
}

/// A journal of `count` requests written in one go, in the documented format
/// (saving them one by one would take minutes of fsyncs).
func seed(_ path: String, count: Int) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var text = Data(#"{"format":"pamphlet-consult-requests","version":2}"#.utf8 + [0x0A])
    for index in 0..<count {
        text.append(contentsOf: Array(#"{"event":"request","request":"#.utf8))
        text.append(try encoder.encode(try sampleRequest(index)))
        text.append(contentsOf: Array("}\n".utf8))
    }
    try text.write(to: URL(fileURLWithPath: path))
    chmod(path, 0o600)
}

/// One line appended and fsynced: the floor under any durable save.
func appendFloor(_ path: String, line: [UInt8]) -> Double {
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
    defer { close(fd) }
    let start = clock.now
    _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    fsync(fd)
    return milliseconds(clock.now - start)
}

/// Runs a process to the end; wall time and its peak resident memory.
func runProcess(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (ms: Double, kilobytes: Int) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    let start = clock.now
    try process.run()
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(process.processIdentifier, &status, 0, &usage)
    return (milliseconds(clock.now - start), Int(usage.ru_maxrss))
}

print("saves per size: \(saves) (after 5 warm-up saves)")
print("| stored requests | save p50 | save p99 | append+fsync floor p50 | floor p99 | file size |")
print("|---:|---:|---:|---:|---:|---:|")
let line = Array(#"{"event":"request","request":{}}"#.utf8) + Array(repeating: UInt8(ascii: "x"), count: 400) + [0x0A]
for size in [100, 10_000, 50_000] {
    let folder = root + "/\(size)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    chmod(folder, 0o700)
    let path = folder + "/consult-requests.json"
    try seed(path, count: size)
    let store = ConsultStore(path: path)
    for index in 0..<5 { _ = try store.save(try sampleRequest(index)) }  // the first save builds the references index
    var times: [Double] = []
    var floors: [Double] = []
    for index in 0..<saves {
        let request = try sampleRequest(index)
        times.append(milliseconds(try clock.measure { _ = try store.save(request) }))
        floors.append(appendFloor(folder + "/floor", line: line))
    }
    let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    func f(_ value: Double) -> String { String(format: "%.2f ms", value) }
    print("| \(size) | \(f(percentile(times, 0.5))) | \(f(percentile(times, 0.99))) | \(f(percentile(floors, 0.5))) "
          + "| \(f(percentile(floors, 0.99))) | \(bytes / 1024) KB |")
}

let listed = root + "/50000/consult-requests.json"
var listRuns: [(ms: Double, kilobytes: Int)] = []
var catRuns: [Double] = []
for _ in 0..<5 {
    listRuns.append(try runProcess(binary, ["requests", "list", "--requests", listed], environment: ["HOME": root]))
    catRuns.append(try runProcess("/bin/cat", [listed]).ms)
}
let listMedian = percentile(listRuns.map(\.ms), 0.5)
let catMedian = percentile(catRuns, 0.5)
print("")
print("requests list at 50,000+ stored requests, median of 5: \(String(format: "%.0f", listMedian)) ms, "
      + "peak memory \(listRuns.map(\.kilobytes).max()! / 1024) MB; floor `cat FILE`: \(String(format: "%.1f", catMedian)) ms")
let json = try runProcess(binary, ["requests", "list", "--json", "--requests", listed], environment: ["HOME": root])
print("requests list --json at 50,000+: \(String(format: "%.0f", json.ms)) ms, peak memory \(json.kilobytes / 1024) MB")
