#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import PamphletCore

/// A library folder and a cache folder of their own, removed afterwards.
private struct CacheSandbox: ~Copyable {
    let root: String
    var library: String { root + "/library" }
    var cache: SearchIndexCache { SearchIndexCache(directory: root + "/cache") }

    init() throws {
        root = FileManager.default.temporaryDirectory.path + "/pamphlet-cache-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/library", withIntermediateDirectories: true)
        try write("sleep.md", Self.article(title: "Sleep after surgery", body: "Rest and hydration help recovery."))
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: library + "/" + name, atomically: false, encoding: .utf8)
    }

    func cacheFile() throws -> String {
        let files = try FileManager.default.contentsOfDirectory(atPath: root + "/cache").filter { $0.hasSuffix(".bin") }
        return root + "/cache/" + (try #require(files.first))
    }

    static func article(title: String, body: String) -> String {
        "---\ntitle: \(title)\n---\n\n# \(title)\n\n\(body)\n"
    }
}

@Test func cacheIsBuiltOnceThenLoaded() throws {
    let sandbox = try CacheSandbox()
    let first = try sandbox.cache.open(libraryDirectory: sandbox.library)
    #expect(first.rebuilt)
    let second = try sandbox.cache.open(libraryDirectory: sandbox.library)
    #expect(!second.rebuilt)
    #expect(try second.engine.search("hydration").first?.article == "sleep")
    let mode = try FileManager.default.attributesOfItem(atPath: try sandbox.cacheFile())[.posixPermissions] as? Int
    #expect(mode == 0o600)
}

@Test func cacheIsRebuiltWhenAFileChangesOrAppears() throws {
    let sandbox = try CacheSandbox()
    _ = try sandbox.cache.open(libraryDirectory: sandbox.library)
    try sandbox.write("nausea.md", CacheSandbox.article(title: "Nausea", body: "Ginger tea may settle the stomach."))
    let opened = try sandbox.cache.open(libraryDirectory: sandbox.library)
    #expect(opened.rebuilt)
    #expect(try opened.engine.search("ginger").first?.article == "nausea")
    try sandbox.write("lexicon.txt", "tummy = stomach\n")
    let withLexicon = try sandbox.cache.open(libraryDirectory: sandbox.library)
    #expect(withLexicon.rebuilt)
    #expect(try withLexicon.engine.search("tummy").first?.article == "nausea")
}

@Test func cacheIsRebuiltWhenAnArticleIsEditedInPlaceRemovedOrRenamed() throws {
    let sandbox = try CacheSandbox()
    try sandbox.write("nausea.md", CacheSandbox.article(title: "Nausea", body: "Ginger tea may settle the stomach."))
    _ = try sandbox.cache.open(libraryDirectory: sandbox.library)

    // Same size, same inode, new words: only the modification time tells.
    let path = sandbox.library + "/nausea.md"
    let edited = CacheSandbox.article(title: "Nausea", body: "Lemon tea may settle the stomach..")
    #expect(edited.utf8.count == (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.write(contentsOf: Data(edited.utf8))
    // Set the time a second on rather than sleeping for a clock tick: a coarse
    // file system clock could give the edit the same time the cache recorded.
    var info = stat()
    #expect(fstat(handle.fileDescriptor, &info) == 0)
    var times = [timespec(tv_sec: info.st_mtim.tv_sec + 1, tv_nsec: info.st_mtim.tv_nsec),
                 timespec(tv_sec: info.st_mtim.tv_sec + 1, tv_nsec: info.st_mtim.tv_nsec)]
    #expect(futimens(handle.fileDescriptor, &times) == 0)
    try handle.close()
    let afterEdit = try sandbox.cache.open(libraryDirectory: sandbox.library)
    #expect(afterEdit.rebuilt)
    #expect(try afterEdit.engine.search("lemon").first?.article == "nausea")
    #expect(try afterEdit.engine.search("ginger").isEmpty)

    try FileManager.default.moveItem(atPath: path, toPath: sandbox.library + "/queasiness.md")
    let afterRename = try sandbox.cache.open(libraryDirectory: sandbox.library)
    #expect(afterRename.rebuilt)
    #expect(try afterRename.engine.search("lemon").first?.article == "queasiness")

    try FileManager.default.removeItem(atPath: sandbox.library + "/queasiness.md")
    let afterRemoval = try sandbox.cache.open(libraryDirectory: sandbox.library)
    #expect(afterRemoval.rebuilt)
    #expect(try afterRemoval.engine.search("lemon").isEmpty)
    #expect(try afterRemoval.engine.search("hydration").first?.article == "sleep")
}

@Test func readmeAndHiddenFilesAreNotPartOfTheFingerprint() throws {
    let sandbox = try CacheSandbox()
    _ = try sandbox.cache.open(libraryDirectory: sandbox.library)
    try sandbox.write("README.md", "# About this folder\n")
    try sandbox.write(".draft.md", CacheSandbox.article(title: "Draft", body: "Unfinished."))
    try sandbox.write("notes.txt", "not an article")
    #expect(!(try sandbox.cache.open(libraryDirectory: sandbox.library).rebuilt))
}

@Test(arguments: ["truncated", "flipped byte", "garbage", "empty"])
func damagedCacheIsDetectedAndRebuilt(damage: String) throws {
    let sandbox = try CacheSandbox()
    _ = try sandbox.cache.open(libraryDirectory: sandbox.library)
    let path = try sandbox.cacheFile()
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    switch damage {
    case "truncated": bytes.removeLast(bytes.count / 3)
    case "flipped byte": bytes[bytes.count / 2] ^= 0x5A
    case "garbage": bytes = Array(repeating: 0xAB, count: bytes.count)
    default: bytes = []
    }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let opened = try sandbox.cache.open(libraryDirectory: sandbox.library)
    if opened.rebuilt {
        #expect(try opened.engine.search("hydration").first?.article == "sleep")
    } else {
        // Only a flip inside the postings or texts gets past opening; those records are
        // verified when read, so the damage is still caught before use.
        #expect(damage == "flipped byte")
        #expect(throws: SearchIndexError.self) { try opened.engine.index.verifyCompletely() }
    }
}

@Test func everyByteFlipIsCaughtByFullVerification() throws {
    var builder = SearchIndexBuilder()
    builder.add(SearchTestArticles.infusion)
    let bytes = builder.serialize(fingerprint: 7)
    let checked = checkedRanges(of: bytes)
    var caught = 0
    for position in 0..<bytes.count where checked.contains(where: { $0.contains(position) }) {
        var damaged = bytes
        damaged[position] ^= 0x01
        do {
            let index = try SearchIndex(storage: IndexStorage(copying: damaged))
            try index.verifyCompletely()
            Issue.record("flip at byte \(position) went unnoticed")
        } catch {
            caught += 1
        }
    }
    #expect(caught > bytes.count * 9 / 10)
}

/// Header, directory and section bytes: everything but the alignment padding between sections.
private func checkedRanges(of bytes: [UInt8]) -> [Range<Int>] {
    func u64(_ offset: Int) -> Int {
        (0..<8).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }
    var ranges = [0..<IndexFormat.dataStart]
    for section in 0..<IndexFormat.sectionCount {
        let entry = IndexFormat.headerSize + section * IndexFormat.directoryEntrySize
        ranges.append(u64(entry)..<u64(entry) + u64(entry + 8))
    }
    return ranges
}

/// Issue 10, item 6: with HOME unset the cache was `/tmp/pamphlet-cache-<uid>`, which another
/// user could make first and fill with an index of an altered library.
@Test func withNoPrivatePlaceNothingIsCachedUnderAGuessableName() {
    #expect(SearchIndexCache.defaultDirectory(environment: [:]) == nil)
    #expect(SearchIndexCache.defaultDirectory(environment: ["XDG_RUNTIME_DIR": "/run/user/1000"]) == "/run/user/1000/pamphlet")
    #expect(SearchIndexCache.defaultDirectory(environment: ["HOME": "/home/ann", "XDG_RUNTIME_DIR": "/run/user/1000"])
            == "/home/ann/.cache/pamphlet")
}

@Test func aCacheFolderOthersCanWriteIsNotTrustedAndTheUserIsTold() throws {
    let sandbox = try CacheSandbox()
    _ = try sandbox.cache.open(libraryDirectory: sandbox.library)
    chmod(sandbox.root + "/cache", 0o777)
    let opened = try sandbox.cache.open(libraryDirectory: sandbox.library)
    #expect(opened.rebuilt)  // the index in the shared folder was not read
    let warning = try #require(opened.cacheWarning)
    #expect(warning.level == .warning)
    #expect(warning.message.hasPrefix("search index not cached: this search cache folder can be written by other users (mode 777)"))
    #expect(try opened.engine.search("hydration").count == 1)
}

@Test func aFIFOAtTheCachePathNeitherHangsNorIsRead() throws {
    let sandbox = try CacheSandbox()
    _ = try sandbox.cache.open(libraryDirectory: sandbox.library)
    let path = try sandbox.cacheFile()
    unlink(path)
    #expect(mkfifo(path, 0o600) == 0)
    let opened = try sandbox.cache.open(libraryDirectory: sandbox.library)
    #expect(opened.rebuilt)
    #expect(try opened.engine.search("hydration").count == 1)
}

@Test(.enabled(if: geteuid() == 0, "needs root to hand the cache file to another user"))
func anotherUsersCacheFileIsNotRead() throws {
    let sandbox = try CacheSandbox()
    _ = try sandbox.cache.open(libraryDirectory: sandbox.library)
    chown(try sandbox.cacheFile(), 65534, 65534)
    #expect(try sandbox.cache.open(libraryDirectory: sandbox.library).rebuilt)
}

// MARK: index: manual and `pamphlet index`

@Test func aManualIndexIsTrustedWithoutListingTheLibraryUntilItIsRefreshed() throws {
    let sandbox = try CacheSandbox()
    _ = try sandbox.cache.open(libraryDirectory: sandbox.library, mode: .manual)  // no index yet: built
    try sandbox.write("nausea.md", CacheSandbox.article(title: "Nausea", body: "Ginger tea may settle the stomach."))
    let manual = try sandbox.cache.open(libraryDirectory: sandbox.library, mode: .manual)
    #expect(!manual.rebuilt)
    #expect(try manual.engine.search("ginger").isEmpty)  // not indexed until `pamphlet index`
    #expect(try manual.engine.search("hydration").first?.article == "sleep")

    let refreshed = try sandbox.cache.refresh(libraryDirectory: sandbox.library)
    #expect(refreshed.rebuilt && refreshed.added == ["nausea.md"] && refreshed.removed.isEmpty && refreshed.changed.isEmpty)
    #expect(refreshed.articleCount == 2)
    let again = try sandbox.cache.refresh(libraryDirectory: sandbox.library)
    #expect(!again.rebuilt && again.articleCount == 2)
    #expect(try sandbox.cache.open(libraryDirectory: sandbox.library, mode: .manual).engine.search("ginger").first?.article == "nausea")
}

@Test func refreshSaysWhichArticlesChangedAndWhichWereRemoved() throws {
    let sandbox = try CacheSandbox()
    try sandbox.write("nausea.md", CacheSandbox.article(title: "Nausea", body: "Ginger tea may settle the stomach."))
    _ = try sandbox.cache.refresh(libraryDirectory: sandbox.library)
    try sandbox.write("nausea.md", CacheSandbox.article(title: "Nausea", body: "Peppermint may settle the stomach, too."))
    try FileManager.default.removeItem(atPath: sandbox.library + "/sleep.md")
    let refreshed = try sandbox.cache.refresh(libraryDirectory: sandbox.library)
    #expect(refreshed.changed == ["nausea.md"] && refreshed.removed == ["sleep.md"] && refreshed.added.isEmpty)
    // Forced, with nothing changed: rebuilt, and it says so.
    let forced = try sandbox.cache.refresh(libraryDirectory: sandbox.library, force: true)
    #expect(forced.rebuilt && forced.changed.isEmpty && forced.added.isEmpty && forced.removed.isEmpty)
}

@Test func aChangedArticleBehindAManualIndexIsFoundWhenShownAndCanBeLeftOut() throws {
    let sandbox = try CacheSandbox()
    try sandbox.write("nausea.md", CacheSandbox.article(title: "Nausea", body: "Ginger tea may settle the stomach."))
    _ = try sandbox.cache.refresh(libraryDirectory: sandbox.library)
    try sandbox.write("nausea.md", CacheSandbox.article(title: "Nausea", body: "Ginger ale may settle the stomach, they say."))
    var engine = try sandbox.cache.open(libraryDirectory: sandbox.library, mode: .manual).engine
    #expect(throws: SearchIndexError.articleChanged("nausea.md")) { try engine.search("ginger") }
    engine.excludedFiles.insert("nausea.md")
    #expect(try engine.search("ginger").isEmpty)
    #expect(try engine.search("hydration").first?.article == "sleep")
    #expect(try engine.closestQuestions(to: "ginger").isEmpty)
}
