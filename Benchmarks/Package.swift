// swift-tools-version: 6.1
// Benchmarks live in their own package so `swift test` at the root never runs them.
import PackageDescription

let package = Package(
    name: "PamphletBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Pamphlet", path: "..")],
    targets: [
        .target(name: "SyntheticText"),
        // generate-library N DIR: a synthetic library in the shipped article format.
        .executableTarget(name: "GenerateLibrary", dependencies: ["SyntheticText"]),
        // save-benchmark PAMPHLET_BIN: consult save latency at 100-50,000 requests, requests list.
        .executableTarget(name: "SaveBenchmark", dependencies: [.product(name: "PamphletCore", package: "Pamphlet")]),
        // search-benchmark DIR: index build and load time, query latency, peak memory.
        .executableTarget(name: "SearchBenchmark", dependencies: [
            "SyntheticText", .product(name: "PamphletCore", package: "Pamphlet"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
