import Testing
@testable import PamphletCore

@Suite struct LibraryLocatorTests {
    func locator(explicit: String? = nil, environment: String? = nil, existing: Set<String>) -> LibraryLocator {
        LibraryLocator(explicitDirectory: explicit, environmentDirectory: environment,
                       currentDirectory: "/home/pat", executableDirectory: "/opt/pamphlet/bin",
                       directoryExists: { existing.contains($0) })
    }

    let everywhere: Set<String> = ["/lib/flag", "/lib/env", "/home/pat/Articles", "/opt/pamphlet/share/pamphlet/Articles"]

    @Test func optionWinsOverEverything() throws {
        #expect(try locator(explicit: "/lib/flag", environment: "/lib/env", existing: everywhere).locate() == "/lib/flag")
    }

    @Test func environmentWinsOverTheFolders() throws {
        #expect(try locator(environment: "/lib/env", existing: everywhere).locate() == "/lib/env")
    }

    @Test func currentDirectoryArticlesBeforeInstalledOnes() throws {
        #expect(try locator(existing: everywhere).locate() == "/home/pat/Articles")
        #expect(try locator(environment: "", existing: ["/opt/pamphlet/share/pamphlet/Articles"]).locate()
                == "/opt/pamphlet/share/pamphlet/Articles")
    }

    @Test func aNamedFolderThatIsMissingIsNotSilentlyReplaced() {
        #expect(throws: LibraryLocator.NotFound(searched: [.init(path: "/typo", origin: "--library")])) {
            try locator(explicit: "/typo", existing: everywhere).locate()
        }
    }

    @Test func notFoundListsEveryPlaceLooked() {
        do {
            _ = try locator(existing: []).locate()
            Issue.record("expected NotFound")
        } catch {
            #expect(error.description == """
                no article library found; looked in:
                  /home/pat/Articles (current directory)
                  /opt/pamphlet/share/pamphlet/Articles (installed articles)
                Use --library DIR or set PAMPHLET_LIBRARY.
                """)
        }
    }
}
