#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates folders for personal data: owner-only (0700), whatever the umask.
public enum PrivateFolder {
    /// Creates `path` and any missing parents with mode 0700.
    ///
    /// Folders that already exist keep their mode: a folder the user chose
    /// (say, a clinic's shared drive) is theirs to set. With `tighten`, the
    /// last folder is also narrowed to 0700 if it exists with wider access;
    /// use that only for Pamphlet's own folders. Modes are never widened.
    public static func ensure(_ path: String, tighten: Bool = false) throws(FileSystemError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw FileSystemError(.createFolder, path: path, code: ENOTDIR)
            }
            if tighten, info.st_mode & 0o077 != 0, chmod(path, info.st_mode & 0o700) != 0 {
                throw .fromErrno(.createFolder, path: path)
            }
            return
        }
        let parent = FilePath.directory(of: path)
        if parent != path { try ensure(parent) }
        if mkdir(path, 0o700) != 0 {
            if errno == EEXIST { return try ensure(path, tighten: tighten) }
            throw .fromErrno(.createFolder, path: path)
        }
        // mkdir applies the umask, which may have removed the owner's own bits.
        if chmod(path, 0o700) != 0 { throw .fromErrno(.createFolder, path: path) }
    }
}
