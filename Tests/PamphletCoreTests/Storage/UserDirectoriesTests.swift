@testable import PamphletCore
import Testing

/// One place knows the XDG rules: an absolute variable wins, a relative one is
/// ignored as the spec says, and HOME's conventional folder is the fallback.
@Suite struct UserDirectoriesTests {
    @Test func absoluteVariablesWinAndRelativeOnesFallBackToHome() throws {
        let set = UserDirectories(environment: ["HOME": "/home/ann", "XDG_DATA_HOME": "/data",
                                                "XDG_STATE_HOME": "/state", "XDG_CACHE_HOME": "/cache"])
        #expect(try set.dataDirectory() == "/data/pamphlet")
        #expect(try set.stateDirectory() == "/state/pamphlet")
        #expect(try set.cacheDirectory() == "/cache/pamphlet")

        let relative = UserDirectories(environment: ["HOME": "/home/ann", "XDG_DATA_HOME": "data",
                                                     "XDG_STATE_HOME": "state", "XDG_CACHE_HOME": "cache"])
        #expect(try relative.dataDirectory() == "/home/ann/.local/share/pamphlet")
        #expect(try relative.stateDirectory() == "/home/ann/.local/state/pamphlet")
        #expect(try relative.cacheDirectory() == "/home/ann/.cache/pamphlet")
    }

    @Test func withoutAnAbsoluteHomeTheVariableIsNamed() {
        let none = UserDirectories(environment: ["HOME": "relative"])
        #expect(throws: UserDirectoriesError(variable: "XDG_CACHE_HOME")) { try none.cacheDirectory() }
        #expect(throws: UserDirectoriesError(variable: "XDG_STATE_HOME")) { try none.stateDirectory() }
    }
}
