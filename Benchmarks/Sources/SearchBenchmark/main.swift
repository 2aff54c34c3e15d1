#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PamphletCore
import SyntheticText

// search-benchmark DIR [QUERIES]: in-process figures for a library folder.
// search-benchmark export-sql DIR OUT: the same documents as SQL for the FTS5 comparison.
let arguments = CommandLine.arguments
if arguments.count == 4 && arguments[1] == "export-sql" {
    try SQLExport.write(library: arguments[2], to: arguments[3])
    exit(0)
}
guard arguments.count >= 2 else {
    print("usage: search-benchmark DIR [QUERIES] | search-benchmark export-sql DIR OUT.sql")
    exit(2)
}
let library = arguments[1]
let queryCount = arguments.count > 2 ? Int(arguments[2]) ?? 2000 : 2000
// SEARCH_BENCHMARK_CACHE=DIR keeps the index between runs (for profiling the query path
// without rebuilding it each time); by default a fresh cache is built and removed.
let keptCache = getenv("SEARCH_BENCHMARK_CACHE").map { String(cString: $0) }
let cacheDirectory = keptCache ?? "/tmp/pamphlet-search-benchmark-\(getpid())"
let cache = SearchIndexCache(directory: cacheDirectory)
let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

var opened: SearchIndexCache.Opened!
let buildTime = try clock.measure { opened = try cache.open(libraryDirectory: library) }
precondition(opened.rebuilt || keptCache != nil)
let rssAfterBuild = peakResidentKilobytes()
var loadTimes: [Double] = []
for _ in 0..<7 {
    loadTimes.append(milliseconds(try clock.measure { opened = try cache.open(libraryDirectory: library) }))
    precondition(!opened.rebuilt)
}
let engine = opened.engine

let queries = BenchmarkQueries.make(count: queryCount)
for query in queries.prefix(50) { _ = try engine.search(query.text) }   // warm up page cache and allocator
var latencies: [(Double, BenchmarkQueries.Query)] = []
var resultCount = 0
for query in queries {
    var count = 0
    let elapsed = try clock.measure { count = try engine.search(query.text, options: SearchOptions(limit: 10, lastWordIsPrefix: true)).count }
    resultCount += count
    latencies.append((milliseconds(elapsed), query))
}
func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}
let all = latencies.map(\.0)
let typos = latencies.filter { $0.1.hasTypo }.map(\.0)
print("library: \(library), \(engine.index.documentCount) documents")
print("index build (parse + index + write): \(String(milliseconds(buildTime).rounded())) ms")
print("index load (stat files + map + verify), median of 7: \(percentile(loadTimes, 0.5)) ms")
print("queries: \(all.count) (\(typos.count) with a typo), \(Double(resultCount) / Double(all.count)) results on average")
print("query p50: \(percentile(all, 0.5)) ms, p90: \(percentile(all, 0.9)) ms, p99: \(percentile(all, 0.99)) ms, max: \(all.max()!) ms")
print("typo queries p50: \(percentile(typos, 0.5)) ms, p99: \(percentile(typos, 0.99)) ms")
print("peak RSS after build: \(rssAfterBuild / 1024) MB; at end: \(peakResidentKilobytes() / 1024) MB")
let slowest = latencies.sorted { $0.0 > $1.0 }.prefix(3).map { "\"\($0.1.text)\" \($0.0) ms" }
print("slowest: \(slowest.joined(separator: ", "))")
var status = stat()
for name in (try? listDirectory(cacheDirectory)) ?? [] where keptCache != nil && stat(cacheDirectory + "/" + name, &status) == 0 {
    print("index file size: \(Int(status.st_size) / 1024 / 1024) MB (kept)")
}
for name in (try? listDirectory(cacheDirectory)) ?? [] where keptCache == nil && stat(cacheDirectory + "/" + name, &status) == 0 {
    print("index file size: \(Int(status.st_size) / 1024 / 1024) MB")
    unlink(cacheDirectory + "/" + name)
}
if keptCache == nil { rmdir(cacheDirectory) }

func peakResidentKilobytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss)
}

func listDirectory(_ path: String) throws -> [String] {
    guard let folder = opendir(path) else { return [] }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name != "." && name != ".." { names.append(name) }
    }
    return names
}
