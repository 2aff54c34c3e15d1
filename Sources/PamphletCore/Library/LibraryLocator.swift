/// Decides which folder is the article library.
///
/// Order: `--library DIR`, then `$PAMPHLET_LIBRARY`, then `./Articles`, then the
/// installed `<prefix>/share/pamphlet/Articles` beside the executable's `bin`.
/// A folder the user named explicitly must exist: falling back past a typo
/// would silently show a different library.
public struct LibraryLocator: Sendable {
    public static let environmentVariable = "PAMPHLET_LIBRARY"

    public var explicitDirectory: String?
    public var environmentDirectory: String?
    public var currentDirectory: String
    /// Folder holding the running executable, if known.
    public var executableDirectory: String?
    public var directoryExists: @Sendable (String) -> Bool

    public init(explicitDirectory: String?, environmentDirectory: String?, currentDirectory: String,
                executableDirectory: String?, directoryExists: @escaping @Sendable (String) -> Bool) {
        self.explicitDirectory = explicitDirectory
        self.environmentDirectory = environmentDirectory
        self.currentDirectory = currentDirectory
        self.executableDirectory = executableDirectory
        self.directoryExists = directoryExists
    }

    /// One place the library may be, and why it was looked at.
    public struct Candidate: Sendable, Equatable {
        public var path: String
        public var origin: String
    }

    public struct NotFound: Error, Sendable, Equatable, CustomStringConvertible {
        public var searched: [Candidate]
        public var description: String {
            "no article library found; looked in:\n"
                + searched.map { "  \($0.path) (\($0.origin))" }.joined(separator: "\n")
                + "\nUse --library DIR or set \(LibraryLocator.environmentVariable)."
        }
    }

    /// The places to look, in order; an explicit choice is the only candidate.
    public var candidates: [Candidate] {
        if let explicit = nonEmpty(explicitDirectory) {
            return [Candidate(path: explicit, origin: "--library")]
        }
        if let fromEnvironment = nonEmpty(environmentDirectory) {
            return [Candidate(path: fromEnvironment, origin: "$\(Self.environmentVariable)")]
        }
        var out = [Candidate(path: join(currentDirectory, "Articles"), origin: "current directory")]
        if let executableDirectory {
            out.append(Candidate(path: join(parent(of: executableDirectory), "share/pamphlet/Articles"),
                                 origin: "installed articles"))
        }
        return out
    }

    public func locate() throws(NotFound) -> String {
        let candidates = candidates
        guard let found = candidates.first(where: { directoryExists($0.path) }) else {
            throw NotFound(searched: candidates)
        }
        return found.path
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    /// `/usr/local/bin` -> `/usr/local`; a relative or root path gets `..` appended instead.
    private func parent(of directory: String) -> String {
        let trimmed = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard let slash = trimmed.lastIndex(of: "/"), slash != trimmed.startIndex,
              trimmed[trimmed.index(after: slash)...] != ".." else { return join(directory, "..") }
        return String(trimmed[..<slash])
    }

    private func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
