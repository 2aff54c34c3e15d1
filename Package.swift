// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Pamphlet",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pamphlet", targets: ["pamphlet"]),
        .library(name: "PamphletCore", targets: ["PamphletCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // System libraries, each wrapped by a module map and a small shim header.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "CCmarkGFM", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CXXHash", providers: [.apt(["libxxhash-dev"])]),
        .systemLibrary(name: "CUtf8proc", providers: [.apt(["libutf8proc-dev"])]),
        // Header only: wrappers for prctl, which is variadic and so not callable from Swift.
        .systemLibrary(name: "CProcessPrivacy"),
        // Header only: glibc's gettext and setlocale, for the catalogs in Sources/Localization.
        .systemLibrary(name: "CGettext"),
        // libcurl loaded with dlopen only when a request is sent (its headers from
        // libcurl4-openssl-dev): nothing is linked, so start-up stays as it was.
        .target(name: "CCurlLoader", linkerSettings: [.linkedLibrary("dl")]),

        // Articles, text layout, search and consult requests: no terminal code.
        .target(
            name: "PamphletCore",
            dependencies: ["CCmarkGFM", "CStemmer", "CXXHash", "CUtf8proc", "CProcessPrivacy", "CGettext", "CCurlLoader", .product(name: "Yams", package: "Yams")],
            exclude: ["Text/generate-width-table.py", "Crisis/generate-built-in.sh"]
        ),
        // Pure state -> update -> view over a cell grid; testable without a terminal.
        .target(name: "PamphletUI", dependencies: ["PamphletCore"]),
        // The only module that talks to ncurses: paints frames, reads keys.
        .target(name: "PamphletTerminal", dependencies: ["PamphletUI", "CNcursesw"]),
        .executableTarget(
            name: "pamphlet",
            dependencies: [
                "PamphletCore", "PamphletUI", "PamphletTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // What several test targets need once per run (the compiled message catalogs).
        .target(name: "PamphletTestSupport", dependencies: ["PamphletCore"], path: "Tests/TestSupport"),
        .testTarget(name: "PamphletCoreTests", dependencies: ["PamphletCore", "PamphletTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PamphletUITests", dependencies: ["PamphletUI", "PamphletCore", "PamphletTestSupport"],
                    resources: [.copy("Golden"), .copy("Fixtures")]),
        .testTarget(name: "PamphletTerminalTests", dependencies: ["PamphletTerminal", "PamphletUI", "PamphletCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["PamphletCore", "PamphletTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
