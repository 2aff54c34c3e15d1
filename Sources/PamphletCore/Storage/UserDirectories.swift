/// Where Pamphlet keeps per-user files, following the XDG base directory spec.
public struct UserDirectories: Sendable, Equatable {
    public var environment: [String: String]

    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// `$XDG_DATA_HOME/pamphlet`, else `~/.local/share/pamphlet`: files to keep.
    public func dataDirectory() throws(UserDirectoriesError) -> String {
        try pamphletDirectory(variable: "XDG_DATA_HOME", fallback: ".local/share")
    }

    /// `$XDG_STATE_HOME/pamphlet`, else `~/.local/state/pamphlet`: state that may be lost.
    public func stateDirectory() throws(UserDirectoriesError) -> String {
        try pamphletDirectory(variable: "XDG_STATE_HOME", fallback: ".local/state")
    }

    /// `$XDG_CACHE_HOME/pamphlet`, else `~/.cache/pamphlet`: files that can be rebuilt.
    public func cacheDirectory() throws(UserDirectoriesError) -> String {
        try pamphletDirectory(variable: "XDG_CACHE_HOME", fallback: ".cache")
    }

    private func pamphletDirectory(variable: String, fallback: String) throws(UserDirectoriesError) -> String {
        // The spec says relative values are invalid and must be ignored.
        if let base = environment[variable], base.hasPrefix("/") {
            return FilePath.join(base, "pamphlet")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else {
            throw UserDirectoriesError(variable: variable)
        }
        return FilePath.join(FilePath.join(home, fallback), "pamphlet")
    }
}

public struct UserDirectoriesError: Error, Sendable, Equatable, CustomStringConvertible {
    public var variable: String
    public var description: String {
        "Cannot tell where to keep Pamphlet's files: neither \(variable) nor HOME is set to an absolute path."
    }
}
