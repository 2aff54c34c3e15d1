#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The consult form while it is being filled in, kept so that a hang-up or
/// crash loses nothing: `$XDG_STATE_HOME/pamphlet/consult-draft.json`, 0600
/// in a 0700 folder, written the same crash-safe way as the requests file.
///
/// In kiosk mode the next person at the terminal must not see the last
/// one's answers, so a disabled store saves nothing and offers nothing.
public struct DraftStore: Sendable {
    public static let fileName = "consult-draft.json"

    public let path: String
    public let isEnabled: Bool

    public init(path: String, isEnabled: Bool = true) {
        self.path = path
        self.isEnabled = isEnabled
    }

    /// The usual draft file, disabled in kiosk mode.
    public static func standard(environment: [String: String], kiosk: Bool) throws(UserDirectoriesError) -> DraftStore {
        let directory = try UserDirectories(environment: environment).stateDirectory()
        return DraftStore(path: FilePath.join(directory, fileName), isEnabled: !kiosk)
    }

    /// A saved form and when it was saved, as offered back on the next start.
    public struct Draft: Sendable, Equatable, Codable {
        public var savedAt: Date
        public var form: ConsultForm

        enum CodingKeys: String, CodingKey {
            case savedAt = "saved_at"
            case form
        }
    }

    /// Replaces the draft with `form`.
    public func save(_ form: ConsultForm, at date: Date = Date()) throws(FileSystemError) {
        guard isEnabled else { return }
        let directory = FilePath.directory(of: path)
        try PrivateFolder.ensure(directory, tighten: true)
        try FileOwnership.checkFolder(directory, what: "draft folder")
        let lock = try ExclusiveFileLock(path: path + ".lock")
        try DurableFile.removeLeftovers(for: path)
        try DurableFile.replace(path, with: Array(JSONCoding.encode(Draft(savedAt: date, form: form))) + [0x0A])
        _ = consume lock
    }

    /// The saved draft, if there is one to offer. A draft that cannot be
    /// read is of no use to anyone and holds personal data, so it is removed.
    public func load() throws(FileSystemError) -> Draft? {
        guard isEnabled, let bytes = try DurableFile.privateContents(of: path) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        if let draft = try? decoder.decode(Draft.self, from: Data(bytes)) { return draft }
        try remove()
        return nil
    }

    /// Deletes the draft (after a save, or when the patient discards it).
    /// Works in kiosk mode too, so a draft from before kiosk was turned on goes.
    public func remove() throws(FileSystemError) {
        guard DurableFile.exists(path) else { return }
        try DurableFile.remove(path)
    }
}
