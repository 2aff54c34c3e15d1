import Foundation
import Testing
@testable import PamphletCore

@Suite struct LibraryCatalogTests {
    private func makeLibrary() throws -> (folder: String, cache: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)").path
        let folder = root + "/Articles", cache = root + "/cache"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        chmod(cache, 0o700)
        try "---\ntitle: Sleep\nsummary: Rest well.\n---\n\n## Why\n\nBecause.\n\n## FAQ\n\n### How long?\n\nEight hours.\n"
            .write(toFile: folder + "/sleep.md", atomically: true, encoding: .utf8)
        try "---\ntitle: Asma\nlanguage: es\ncrisis: Llame al 911.\n---\n\n## Qué es\n\nUna enfermedad.\n"
            .write(toFile: folder + "/asma.md", atomically: true, encoding: .utf8)
        try "---\ntitle: [broken\n---\n".write(toFile: folder + "/broken.md", atomically: true, encoding: .utf8)
        return (folder, cache)
    }

    private func cache(_ directory: String) -> LibraryCatalogCache {
        LibraryCatalogCache(index: SearchIndexCache(directory: directory))
    }

    @Test func aSecondStartListsTheLibraryFromTheCatalogAndParsesOnlyWhatIsOpened() throws {
        let (folder, cacheFolder) = try makeLibrary()
        let first = try cache(cacheFolder).open(directory: folder)
        #expect(first.entries.map(\.id) == ["asma", "sleep"])
        #expect(first.diagnostics.count == 1)
        let catalogFile = try #require(cache(cacheFolder).catalogPath(forLibrary: folder))
        #expect(FileManager.default.fileExists(atPath: catalogFile))

        let second = try cache(cacheFolder).open(directory: folder)
        #expect(second.entries == first.entries)
        #expect(second.diagnostics == first.diagnostics)
        let sleep = try #require(second.entries.last)
        #expect(sleep.title == "Sleep" && sleep.summary == "Rest well." && sleep.faqs == 1 && sleep.minutes == 1)
        #expect(second.entries.first?.crisis == "Llame al 911." && second.entries.first?.language == "es")
        #expect(second.article(id: "sleep")?.faq.first?.question == "How long?")
        #expect(second.article(id: "broken") == nil)
    }

    @Test func anEditedArticleIsListedAgainWithIndexAutoAndNotWithIndexManual() throws {
        let (folder, cacheFolder) = try makeLibrary()
        _ = try cache(cacheFolder).open(directory: folder)
        try "---\ntitle: Sleep better\n---\n\nText.\n".write(toFile: folder + "/sleep.md", atomically: true, encoding: .utf8)
        let later = timespec(tv_sec: 2_000_000_000, tv_nsec: 0)
        var times = [later, later]
        utimensat(AT_FDCWD, folder + "/sleep.md", &times, 0)

        let manual = try cache(cacheFolder).open(directory: folder, mode: .manual)
        #expect(manual.entries.last?.title == "Sleep")
        // What is opened is always the file as it is now.
        #expect(manual.article(id: "sleep")?.title == "Sleep better")
        let auto = try cache(cacheFolder).open(directory: folder, mode: .auto)
        #expect(auto.entries.last?.title == "Sleep better")
    }

    @Test func aDamagedCatalogIsRebuiltNeverShown() throws {
        let (folder, cacheFolder) = try makeLibrary()
        let good = try cache(cacheFolder).open(directory: folder)
        let catalogFile = try #require(cache(cacheFolder).catalogPath(forLibrary: folder))
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: catalogFile)))
        bytes[bytes.count - 3] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: catalogFile))
        #expect(LibraryCatalogCache.read(catalogFile) == nil)
        let reopened = try cache(cacheFolder).open(directory: folder, mode: .manual)
        #expect(reopened.entries == good.entries)
        #expect(LibraryCatalogCache.read(catalogFile) != nil)
    }

    @Test func theCatalogRoundTripsEveryField() throws {
        let entry = ArticleEntry(id: "a", fileName: "a.md", title: "Título", summary: nil, language: "es",
                                 sections: 7, faqs: 3, minutes: 12, crisis: "Llame")
        let catalog = LibraryCatalog(fingerprint: 42, entries: [entry],
                                     diagnostics: [Diagnostic(path: "b.md", line: 3, level: .warning, message: "m")])
        let bytes = catalog.encoded()
        let decoded = try bytes.withUnsafeBytes { try LibraryCatalog(decoding: $0) }
        #expect(decoded == catalog)
        for cut in [0, 10, bytes.count - 1] {
            let short = Array(bytes.prefix(cut))
            #expect(throws: SearchIndexError.self) { try short.withUnsafeBytes { try LibraryCatalog(decoding: $0) } }
        }
    }
}
