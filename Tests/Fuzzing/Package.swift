// swift-tools-version: 6.1
// libFuzzer targets for Pamphlet, kept outside the main package so that
// `swift build` and `swift test` never need the fuzzer runtime.
// Build and run through `make fuzz` at the top level; see README.md.
import PackageDescription

let package = Package(
    name: "PamphletFuzz",
    dependencies: [
        .package(name: "Pamphlet", path: "../.."),
    ],
    targets: [
        fuzzTarget("FuzzArticleLoading"),
        fuzzTarget("FuzzSanitizer"),
        fuzzTarget("FuzzConsultJSON"),
        fuzzTarget("FuzzSearch"),
    ],
    swiftLanguageModes: [.v6]
)

/// One executable per fuzz target. Built with `--sanitize fuzzer`, SwiftPM
/// leaves `main` to libFuzzer, which calls the target's `LLVMFuzzerTestOneInput`.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: [.product(name: "PamphletCore", package: "Pamphlet")])
}
