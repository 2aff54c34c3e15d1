/// Why the requests file could not be saved or read, in plain words naming the file.
public enum ConsultStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case fileSystem(FileSystemError)
    /// Reading only: the file is not a requests file (saving moves it aside instead).
    case unreadable(path: String, reason: String)
    /// The file was written by a later Pamphlet; this one leaves it alone.
    case newerVersion(path: String, version: Int)

    public var description: String {
        switch self {
        case .fileSystem(let error):
            return error.description
        case .unreadable(let path, let reason):
            return "Could not read \(path): \(reason)."
        case .newerVersion(let path, let version):
            return "\(path) was written by a newer Pamphlet (format version \(version)); "
                + "this version reads versions 1 and \(RequestsJournal.version) and will not change it."
        }
    }
}
