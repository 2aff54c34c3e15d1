#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file only ever added to at its end, opened for one save under the
/// store's lock: created 0600 through no symbolic link, never blocking on a
/// FIFO, and refused unless it is a regular file of this user's.
///
/// `append` writes whole lines and fsyncs them; a line cut short by a crash is
/// found by `tornTail` (the file does not end in a line end) and cut off by
/// `truncate`, after the caller has kept a copy of it.
struct AppendOnlyFile: ~Copyable {
    let path: String
    private let descriptor: Int32
    /// True when this open created the file.
    let created: Bool

    init(path: String) throws(FileSystemError) {
        self.path = path
        var fd = open(path, O_RDWR | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        var created = false
        if fd < 0 && errno == ENOENT {
            fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
            created = fd >= 0
        }
        guard fd >= 0 else { throw .fromErrno(.write, path: path) }
        do throws(FileSystemError) {
            try FileOwnership.checkFile(fd, path: path, action: .write)
            if created {
                // umask cannot narrow or widen it; the folder entry itself must survive a crash.
                if fchmod(fd, 0o600) != 0 { throw FileSystemError.fromErrno(.write, path: path) }
                try DurableFile.syncDirectory(FilePath.directory(of: path))
            }
        } catch {
            close(fd)
            throw error
        }
        descriptor = fd
        self.created = created
    }

    deinit { close(descriptor) }

    var size: Int {
        get throws(FileSystemError) {
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { throw .fromErrno(.read, path: path) }
            return Int(info.st_size)
        }
    }

    /// Up to `count` bytes from `offset`.
    func read(at offset: Int, count: Int) throws(FileSystemError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + filled, count - filled, off_t(offset + filled)) }
            if got < 0 {
                if errno == EINTR { continue }
                throw .fromErrno(.read, path: path)
            }
            if got == 0 { break }
            filled += got
        }
        return Array(bytes[0..<filled])
    }

    /// The first line without its line end (at most `limit` bytes), or nil when
    /// no line end comes within the limit.
    func firstLine(limit: Int = 4096) throws(FileSystemError) -> [UInt8]? {
        let start = try read(at: 0, count: limit)
        guard let end = start.firstIndex(of: 0x0A) else { return nil }
        return Array(start[..<end])
    }

    /// The offset just past the last line end, when the file does not end with
    /// one: there the last line was cut short. nil when the file ends cleanly.
    func tornTail() throws(FileSystemError) -> Int? {
        let total = try size
        guard total > 0, try read(at: total - 1, count: 1) != [0x0A] else { return nil }
        var end = total
        let chunk = 64 * 1024
        while end > 0 {
            let from = max(0, end - chunk)
            let bytes = try read(at: from, count: end - from)
            if let newline = bytes.lastIndex(of: 0x0A) { return from + newline + 1 }
            end = from
        }
        return 0
    }

    /// Cuts the file to `length` bytes, durably.
    func truncate(to length: Int) throws(FileSystemError) {
        guard ftruncate(descriptor, off_t(length)) == 0, fsync(descriptor) == 0 else { throw .fromErrno(.write, path: path) }
    }

    /// Appends `bytes` at the end and fsyncs. On a failure part way, the part
    /// written is cut off again, so the file still ends where it did.
    func append(_ bytes: [UInt8]) throws(FileSystemError) {
        let before = try size
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let failure = FileSystemError.fromErrno(.write, path: path)
                _ = ftruncate(descriptor, off_t(before))
                throw failure
            }
            offset += written
        }
        if fsync(descriptor) != 0 {
            let failure = FileSystemError.fromErrno(.write, path: path)
            _ = ftruncate(descriptor, off_t(before))
            throw failure
        }
    }
}
