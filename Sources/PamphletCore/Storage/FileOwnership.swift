#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Refuses folders and files that someone else controls, as PostgreSQL
/// refuses a data directory and OpenSSH's StrictModes refuses a key file.
///
/// In a folder another user can write, that user can create the lock file
/// or the requests file before Pamphlet does, delete a request, or forge one
/// that staff then read; in one they own, they can do all of it later. So a
/// folder holding personal data or an index Pamphlet trusts must belong to
/// this user (or root) and be writable by no one else, and every data file
/// in it must be a regular file of this user's.
enum FileOwnership {
    /// Checks the folder `path` (following a symbolic link to it: the link's
    /// target is what is checked). `what` names the folder in the message.
    static func checkFolder(_ path: String, what: String) throws(FileSystemError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .fromErrno(.useFolder, path: path) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw FileSystemError(.useFolder, path: path, code: ENOTDIR) }
        let me = geteuid()
        if info.st_uid != me && info.st_uid != 0 {
            throw .refused(.useFolder, path: path, "this \(what) belongs to another user (uid \(info.st_uid)), "
                + "who could change or forge what is in it; use a folder of your own")
        }
        if info.st_mode & 0o022 != 0 {
            let mode = String(info.st_mode & 0o7777, radix: 8)
            throw .refused(.useFolder, path: path, "this \(what) can be written by other users (mode \(mode)), "
                + "who could change or forge what is in it; make it private with: chmod 700 \(path)")
        }
    }

    /// Checks an open data file: a regular file (not a FIFO, device or folder),
    /// owned by this user. A file of ours that others may write is narrowed to 0600.
    static func checkFile(_ fd: Int32, path: String, action: FileSystemError.Action) throws(FileSystemError) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .fromErrno(action, path: path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError(action, path: path, code: EISDIR) }
            throw .refused(action, path: path, "it is not a regular file (a FIFO, socket or device is there instead)")
        }
        guard info.st_uid == geteuid() else {
            throw .refused(action, path: path, "it belongs to another user (uid \(info.st_uid)); "
                + "Pamphlet only reads data files of your own")
        }
        if info.st_mode & 0o077 != 0, fchmod(fd, 0o600) != 0 { throw .fromErrno(action, path: path) }
    }

    /// Opens a data file for reading without blocking on a FIFO or following a
    /// symbolic link, and checks it; nil when it does not exist.
    static func openForReading(_ path: String) throws(FileSystemError) -> Int32? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .fromErrno(.read, path: path)
        }
        do {
            try checkFile(fd, path: path, action: .read)
        } catch {
            close(fd)
            throw error
        }
        return fd
    }
}
