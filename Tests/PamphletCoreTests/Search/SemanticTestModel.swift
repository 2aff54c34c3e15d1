import Foundation
import Testing
@testable import PamphletCore

/// The semantic model as `make` unpacks it (`.build/semantic`, by `.ci/fetch-semantic-model`),
/// and passage vectors for a test library, kept under `.build/semantic-test-vectors/` so
/// that only passages not seen before are encoded (the evaluation's 230 take a while).
enum SemanticTestModel {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static func encoder() throws -> E5Encoder {
        let directory = ProcessInfo.processInfo.environment[E5Encoder.directoryVariable] ?? repository + "/.build/semantic"
        let encoder = E5Encoder(directory: directory)
        if case .failure(let error) = encoder.load() {
            Issue.record("the semantic model is not installed (\(error)); `make test` fetches it with .ci/fetch-semantic-model")
            throw error
        }
        return encoder
    }

    static func ranking(for index: SearchIndex, cacheName: String) throws -> SemanticRanking {
        let encoder = try encoder()
        let folder = repository + "/.build/semantic-test-vectors"
        let path = folder + "/" + cacheName + ".bin"
        var old: SemanticVectors?
        if let data = FileManager.default.contents(atPath: path) {
            old = data.withUnsafeBytes { try? SemanticVectors.decoded($0, modelID: encoder.modelID) }
        }
        let refreshed = try #require(try SemanticVectors.refreshed(for: index, encoder: encoder, reusing: old))
        if refreshed.encoded > 0 {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(refreshed.vectors.encoded()).write(to: URL(fileURLWithPath: path))
        }
        return SemanticRanking(encoder: encoder, vectors: refreshed.vectors)
    }
}
