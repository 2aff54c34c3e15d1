import Foundation
import Testing

/// `pamphlet index` and `index: manual`, as an installer and a patient see them.
@Suite struct IndexCommandTests {
    func article(_ title: String, _ body: String) -> String {
        "---\ntitle: \(title)\n---\n\n# \(title)\n\n\(body)\n"
    }

    /// An empty library folder with a cache folder of its own, and a way to run the binary
    /// on it (with `environment` added to the cache's).
    func withLibrary(environment: [String: String?] = [:],
                     _ body: (_ library: URL, _ cache: String, _ run: ([String]) throws -> PamphletProcess.Result) throws -> Void) throws {
        try TemporaryFolder.with { root in
            let library = root.appendingPathComponent("library")
            try FileManager.default.createDirectory(at: library, withIntermediateDirectories: false)
            let cache = root.appendingPathComponent("cache").path
            let merged = environment.merging(["XDG_CACHE_HOME": cache]) { mine, _ in mine }
            try body(library, cache) { arguments in
                try PamphletProcess.run(arguments + ["--library", library.path], environment: merged)
            }
        }
    }

    @Test func indexSaysWhatChangedAndAManualLibraryIsAnsweredFromIt() throws {
        // By words alone here: search by meaning has a test of its own below.
        try withLibrary(environment: ["PAMPHLET_SEMANTIC_DIR": ""]) { library, _, run in
            try article("Sleep", "Rest and hydration help recovery.")
                .write(to: library.appendingPathComponent("sleep.md"), atomically: false, encoding: .utf8)
            try "index: manual\n".write(to: library.appendingPathComponent("pamphlet.yml"), atomically: false, encoding: .utf8)

            let first = try run(["index"])
            #expect(first.status == 0)
            #expect(first.stdout == "Indexed 1 article in \(library.path): 1 added.\n  added: sleep.md\n")
            #expect(try run(["index"]).stdout == "The search index of \(library.path) is up to date (1 article).\n")

            // A new article is not searched until the index is refreshed.
            try article("Nausea", "Ginger tea may settle the stomach.")
                .write(to: library.appendingPathComponent("nausea.md"), atomically: false, encoding: .utf8)
            #expect(try run(["search", "ginger"]).status == 1)
            #expect(try run(["index"]).stdout.hasPrefix("Indexed 2 articles in \(library.path): 1 added.\n  added: nausea.md\n"))
            #expect(try run(["search", "ginger"]).stdout.contains("nausea"))

            // An article edited behind the index is left out, and the patient is not shown its old text.
            try article("Nausea", "Ginger ale may settle the stomach, some say.")
                .write(to: library.appendingPathComponent("nausea.md"), atomically: false, encoding: .utf8)
            let stale = try run(["search", "ginger"])
            #expect(stale.status == 1)
            #expect(stale.stderr.contains("pamphlet: note: nausea.md changed since the search index was built; "
                                          + "its results are left out until `pamphlet index` runs"))
            let refreshed = try run(["index"])
            #expect(refreshed.stdout.contains("1 changed") && refreshed.stdout.contains("  changed: nausea.md"))
            #expect(try run(["search", "ginger", "ale"]).stdout.contains("nausea"))
        }
    }

    /// `make` puts the model where the binary of the build tree finds it (.build/semantic).
    @Test func indexEncodesPassagesForSearchByMeaningOnceAndOffMeansNone() throws {
        try withLibrary { library, cache, run in
            try article("Stitches", "## Washing\n\nKeep them dry for two days.\n\n## Bleeding\n\nPress on the wound with a clean cloth.")
                .write(to: library.appendingPathComponent("stitches.md"), atomically: false, encoding: .utf8)
            let first = try run(["index"])
            #expect(first.status == 0)
            #expect(first.stdout.hasSuffix("Encoded 3 passages for search by meaning.\n"), "\(first.stdout)\(first.stderr)")
            #expect(try run(["index"]).stdout == "The search index of \(library.path) is up to date (1 article).\n")
            // Both sections share only the article's title with the question; the meaning picks.
            let search = try run(["search", "my", "stitches", "are", "oozing"])
            #expect(search.stdout.contains("1. Bleeding  (Section)"), "\(search.stdout)")
            #expect(search.stderr.isEmpty)
            let byWords = try PamphletProcess.run(["search", "my", "stitches", "are", "oozing", "--library", library.path],
                                                  environment: ["XDG_CACHE_HOME": cache, "PAMPHLET_SEMANTIC_DIR": ""])
            #expect(byWords.stdout.contains("1. Washing  (Section)"), "\(byWords.stdout)")

            try "semantic: off\n".write(to: library.appendingPathComponent("pamphlet.yml"), atomically: false, encoding: .utf8)
            #expect(!(try run(["index", "--rebuild"]).stdout.contains("meaning")))
        }
    }

    @Test func indexHasExamplesInItsHelp() throws {
        let help = try PamphletProcess.run(["index", "--help"])
        #expect(help.stdout.contains("Examples:") && help.stdout.contains("pamphlet index --rebuild"))
    }
}
