#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed file operation, told in plain words with the path it concerns.
///
/// Only paths and the reason appear in the message, never file contents, so
/// it is safe to print even when the file holds a patient's request.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Action: String, Sendable {
        case createFolder = "create the folder"
        case lock = "lock"
        case read = "read"
        case write = "write"
        case replace = "replace"
        case moveAside = "move aside"
        case remove = "remove"
        case list = "list the folder"
        case useFolder = "use the folder"
    }

    public var action: Action
    public var path: String
    /// The `errno` value the system call reported.
    public var code: Int32

    /// Set when the cause is not a system error but something Pamphlet checked
    /// (a FIFO where a file should be, a folder other users can write); it
    /// replaces the errno's words.
    public var detail: String?

    public init(_ action: Action, path: String, code: Int32, detail: String? = nil) {
        self.action = action
        self.path = path
        self.code = code
        self.detail = detail
    }

    /// A refusal found by a check rather than reported by a system call.
    static func refused(_ action: Action, path: String, _ detail: String) -> FileSystemError {
        FileSystemError(action, path: path, code: EPERM, detail: detail)
    }

    /// Captures `errno` right after a failed call.
    static func fromErrno(_ action: Action, path: String) -> FileSystemError {
        FileSystemError(action, path: path, code: errno)
    }

    public var description: String { "Could not \(action.rawValue) \(path): \(reason)." }

    /// The cause in words a clinic receptionist can act on.
    public var reason: String {
        if let detail { return detail }
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the folder is on a read-only disk"
        case ENOENT: return "the folder does not exist"
        case ENOTDIR: return "part of the path is a file, not a folder"
        case EISDIR: return "it is a folder, not a file"
        case EFBIG: return "the file would be larger than this system allows"
        case EIO: return "the disk reported an input/output error"
        case EEXIST: return "something is already there"
        case ELOOP: return "it is a symbolic link, which Pamphlet does not follow for its data files; give the real path"
        default: return String(cString: strerror(code))
        }
    }
}
