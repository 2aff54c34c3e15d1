import Foundation
@testable import PamphletCore

/// Paths of the loader fixtures, and throwaway folders for files too odd to commit.
enum LoadingFixtures {
    static func path(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Loading/\(name)").path
    }

    /// A fresh temporary folder holding the given files; removed by the caller via `cleanUp`.
    static func temporaryFolder(_ files: [String: [UInt8]]) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("pamphlet-loader-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, bytes) in files {
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        return folder
    }

    static func cleanUp(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }

    static let minimalArticle = Array("---\ntitle: Fine\n---\n\n# Fine\n\nText.\n".utf8)
}

extension Article {
    /// Titles of the section tree as indented lines, for compact tree assertions.
    var outline: [String] {
        func lines(_ section: Section, depth: Int) -> [String] {
            ["\(String(repeating: "  ", count: depth))\(section.title) #\(section.anchor)"]
                + section.children.flatMap { lines($0, depth: depth + 1) }
        }
        return sections.flatMap { lines($0, depth: 0) }
    }
}

extension LoadingFixtures {
    /// The article shipped in `Articles/`, found from this source file's location.
    static var shippedArticlePath: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Articles/what-does-ketamine-therapy-feel-like.md").path
    }
}
