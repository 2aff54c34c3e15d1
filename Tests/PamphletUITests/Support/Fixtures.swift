import Foundation
import PamphletCore

/// The test libraries in Fixtures/ (test data only, never shipped).
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Two articles: a clinic visit guide and a sampler of wide and combining characters.
    static let library: Library = {
        do {
            return try LibraryLoader().load(directory: directory.appendingPathComponent("Library").path)
        } catch {
            fatalError("fixture library does not load: \(error)")
        }
    }()

    static func library(only id: String) -> Library {
        Library(directory: library.directory, articles: library.articles.filter { $0.id == id }, diagnostics: [])
    }
}
