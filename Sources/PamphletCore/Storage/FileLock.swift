#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a lock file kept next to the file it guards,
/// held until this value goes out of scope.
///
/// The lock file is never renamed or replaced, so every process locks the
/// same inode; locking the data file itself would not work when a file is
/// replaced by rename. The kernel drops the lock when the process dies, so a
/// crashed save never leaves the store locked; a stopped one (SIGSTOP, a
/// debugger) would, so the wait is bounded and then names the holder.
struct ExclusiveFileLock: ~Copyable {
    /// How long a save waits for another process before it gives up and says so.
    static let defaultWait: Duration = .seconds(3)

    private let descriptor: Int32

    /// Waits until no other process holds the lock, at most `wait`. The lock
    /// file is created 0600, never through a symbolic link, and must be a
    /// regular file of this user's.
    init(path: String, wait: Duration = ExclusiveFileLock.defaultWait) throws(FileSystemError) {
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .fromErrno(.lock, path: path) }
        do {
            try FileOwnership.checkFile(fd, path: path, action: .lock)
            try Self.acquire(fd, path: path, wait: wait)
        } catch {
            close(fd)
            throw error
        }
        descriptor = fd
    }

    private static func acquire(_ fd: Int32, path: String, wait: Duration) throws(FileSystemError) {
        let clock = ContinuousClock()
        let deadline = clock.now + wait
        var pause: UInt32 = 1_000
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            switch errno {
            case EINTR:
                continue
            case EWOULDBLOCK:
                if clock.now >= deadline {
                    let holder = LockHolder.pid(of: fd).map { "process \($0)" } ?? "another process"
                    throw .refused(.lock, path: path, "\(holder) has held it for more than \(Self.seconds(wait)) seconds "
                        + "(another Pamphlet saving, or one that is stopped); if it is stuck, end it and try again")
                }
                usleep(pause)
                pause = min(pause * 2, 50_000)
            default:
                throw .fromErrno(.lock, path: path)
            }
        }
    }

    /// "3" or "0.3": the wait as a person would write it.
    private static func seconds(_ wait: Duration) -> String {
        let (whole, fraction) = wait.components
        let tenths = fraction / 100_000_000_000_000_000
        return tenths == 0 ? "\(whole)" : "\(whole).\(tenths)"
    }

    deinit {
        // Closing the last descriptor of the open file releases the flock.
        close(descriptor)
    }
}

/// Who holds a lock, from the kernel's table of locks (Linux `/proc/locks`).
enum LockHolder {
    /// The pid holding a `flock` on the file open at `fd`, if the system says.
    static func pid(of fd: Int32) -> Int32? {
        var info = stat()
        guard fstat(fd, &info) == 0, let table = try? DurableFile.contents(of: "/proc/locks") else { return nil }
        let device = "\(hex(major(info.st_dev))):\(hex(minor(info.st_dev))):\(info.st_ino)"
        // Lines read: "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF"
        for line in String(decoding: table, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 6, fields[1] == "FLOCK", fields[5] == device else { continue }
            if let pid = Int32(fields[4]) { return pid }
        }
        return nil
    }

    private static func hex(_ value: UInt32) -> String {
        let text = String(value, radix: 16)
        return text.count < 2 ? "0" + text : text
    }

    private static func major(_ device: dev_t) -> UInt32 { UInt32((device >> 8) & 0xFFF) | UInt32((device >> 32) & ~0xFFF) }
    private static func minor(_ device: dev_t) -> UInt32 { UInt32(device & 0xFF) | UInt32((device >> 12) & ~0xFF) }
}
