/// The requests file, and the only code that writes it.
///
/// Each save: take the exclusive lock on `<file>.lock`; remove temp files a
/// killed save left behind; read the current file; append; write the whole
/// document to a fresh temp file, fsync, rename over the file, fsync the
/// folder (`DurableFile`). Any number of processes may save at once and a
/// save may be killed at any instant: the file always parses, and a request
/// whose reference was shown is in it.
public struct ConsultStore: Sendable {
    public static let fileName = "consult-requests.json"

    /// Path of the requests file.
    public let path: String
    /// True for the default location under the user's data folder, whose
    /// folder Pamphlet owns and narrows to 0700. A path the user chose keeps
    /// its folder's mode (a new folder is still created 0700).
    public let ownsDirectory: Bool

    public init(path: String, ownsDirectory: Bool = false) {
        self.path = path
        self.ownsDirectory = ownsDirectory
    }

    /// The file to use: `--requests` if given, else `$PAMPHLET_REQUESTS`, else
    /// `$XDG_DATA_HOME/pamphlet/consult-requests.json` (or under `~/.local/share`).
    public static func resolve(option: String?, environment: [String: String]) throws(UserDirectoriesError) -> ConsultStore {
        if let option, !option.isEmpty { return ConsultStore(path: option) }
        if let variable = environment["PAMPHLET_REQUESTS"], !variable.isEmpty { return ConsultStore(path: variable) }
        let directory = try UserDirectories(environment: environment).dataDirectory()
        return ConsultStore(path: FilePath.join(directory, fileName), ownsDirectory: true)
    }

    public var lockPath: String { path + ".lock" }
    var directory: String { FilePath.directory(of: path) }

    /// What a save did besides saving, for the caller to tell the user.
    public struct SaveReport: Sendable, Equatable {
        public var reference: String
        /// Set when the requests file could not be read and was moved aside
        /// before this save started a fresh one.
        public var quarantine: Quarantine?
        /// Temp files of earlier, interrupted saves that were removed.
        public var leftoversRemoved: Int
    }

    public struct Quarantine: Sendable, Equatable, CustomStringConvertible {
        public var originalPath: String
        public var movedTo: String
        public var reason: String

        public var description: String {
            "\(originalPath) could not be read (\(reason)), so it was moved to \(movedTo) "
                + "and a new requests file was started. Nothing in it was deleted."
        }
    }

    /// Appends `request` durably. On any error the file is as it was, and
    /// the caller still has the request to try again.
    public func save(_ request: ConsultRequest) throws(ConsultStoreError) -> SaveReport {
        let outcome: Result<SaveReport, ConsultStoreError>
        do { outcome = try append(request) } catch { throw .fileSystem(error) }
        return try outcome.get()
    }

    /// Removes temp files of interrupted saves; call when the program starts.
    /// Does nothing (and creates nothing) when the folder does not exist yet.
    @discardableResult
    public func removeLeftovers() throws(ConsultStoreError) -> Int {
        guard DurableFile.exists(directory) else { return 0 }
        do {
            let lock = try ExclusiveFileLock(path: lockPath)
            let removed = try DurableFile.removeLeftovers(for: path)
            _ = consume lock
            return removed
        } catch {
            throw .fileSystem(error)
        }
    }

    /// The save itself; a file from a newer Pamphlet is a refusal, not a failure.
    private func append(_ request: ConsultRequest) throws(FileSystemError) -> Result<SaveReport, ConsultStoreError> {
        try PrivateFolder.ensure(directory, tighten: ownsDirectory)
        let lock = try ExclusiveFileLock(path: lockPath)
        let leftovers = try DurableFile.removeLeftovers(for: path)
        var report = SaveReport(reference: request.reference, leftoversRemoved: leftovers)
        var document = ConsultRequestsDocument()
        if let bytes = try DurableFile.contents(of: path) {
            switch Result(catching: { () throws(ConsultRequestsDocument.Problem) in try ConsultRequestsDocument.parse(bytes) }) {
            case .success(let existing):
                document = existing
            case .failure(.newerVersion(let version)):
                return .failure(.newerVersion(path: path, version: version))
            case .failure(.unreadable(let reason)):
                report.quarantine = Quarantine(originalPath: path, movedTo: try moveAside(), reason: reason)
            }
        }
        document.requests.append(JSONCoding.asJSONValue(request))
        try DurableFile.replace(path, with: document.encoded())
        _ = consume lock
        return .success(report)
    }

    /// Moves the unreadable file to `<file>.corrupt-<UTC timestamp>`; never over an earlier one.
    private func moveAside() throws(FileSystemError) -> String {
        let stamp = QuarantineName.timestamp()
        var candidate = "\(path).corrupt-\(stamp)"
        var attempt = 1
        while DurableFile.exists(candidate) {
            attempt += 1
            candidate = "\(path).corrupt-\(stamp)-\(attempt)"
        }
        try DurableFile.move(path, to: candidate)
        return candidate
    }
}
