#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a lock file kept next to the file it guards,
/// held until this value goes out of scope.
///
/// The lock file is never renamed or replaced, so every process locks the
/// same inode; locking the data file itself would not work, because each
/// save renames a new file over it. The kernel drops the lock when the
/// process dies, so a crashed save never leaves the store locked.
struct ExclusiveFileLock: ~Copyable {
    private let descriptor: Int32

    /// Waits until no other process holds the lock.
    init(path: String) throws(FileSystemError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .fromErrno(.lock, path: path) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let failure = FileSystemError.fromErrno(.lock, path: path)
                close(fd)
                throw failure
            }
        }
        descriptor = fd
    }

    deinit {
        // Closing the last descriptor of the open file releases the flock.
        close(descriptor)
    }
}
