#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and crash-safe whole-file replacement with POSIX calls.
///
/// `replace` writes a temp file in the same folder (O_EXCL, mode 0600 set
/// with fchmod so the umask cannot widen or narrow it), fsyncs it, renames it
/// over the target and fsyncs the folder so the rename itself survives a
/// power cut. At every instant the target is either the old file or the new
/// one, complete. Foundation's `.atomic` write is not used: it leaves the
/// file 0644 and never fsyncs the folder.
enum DurableFile {
    /// Temp files are hidden, named after their target, and recognisable so
    /// that leftovers from a killed process can be found and removed.
    static func temporaryPrefix(for path: String) -> String {
        "." + FilePath.name(of: path) + ".tmp-"
    }

    /// The file's bytes, or nil when it does not exist. Opened without blocking
    /// and without following a symbolic link, and read only if it is a regular
    /// file: a FIFO at the path would otherwise hang the program in `open`.
    static func contents(of path: String) throws(FileSystemError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .fromErrno(.read, path: path)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .fromErrno(.read, path: path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError(.read, path: path, code: EISDIR) }
            throw .refused(.read, path: path, "it is not a regular file (a FIFO, socket or device is there instead)")
        }
        return try readAll(fd, path: path)
    }

    /// Like `contents(of:)` for a file of personal data or one Pamphlet trusts:
    /// it must also belong to this user (see `FileOwnership`).
    static func privateContents(of path: String) throws(FileSystemError) -> [UInt8]? {
        guard let fd = try FileOwnership.openForReading(path) else { return nil }
        defer { close(fd) }
        return try readAll(fd, path: path)
    }

    static func readAll(_ fd: Int32, path: String) throws(FileSystemError) -> [UInt8] {
        var info = stat()
        var bytes: [UInt8] = []
        if fstat(fd, &info) == 0, info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw .fromErrno(.read, path: path)
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Replaces `path` with `bytes`, leaving the old file untouched on any failure.
    static func replace(_ path: String, with bytes: [UInt8], mode: mode_t = 0o600) throws(FileSystemError) {
        // withUnsafeBytes rethrows untyped errors; the Result keeps the FileSystemError.
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(FileSystemError) in try replace(path, with: buffer, mode: mode) }
        }.get()
    }

    /// Replaces `path` with the bytes in `bytes`, written where they lie: a search
    /// index of many megabytes is not copied into an array first.
    static func replace(_ path: String, with bytes: UnsafeRawBufferPointer, mode: mode_t = 0o600) throws(FileSystemError) {
        let directory = FilePath.directory(of: path)
        let (fd, temporary) = try createTemporary(for: path)
        do {
            try fillAndClose(fd, with: bytes, mode: mode, path: path)
        } catch {
            unlink(temporary)
            throw error
        }
        if rename(temporary, path) != 0 {
            let failure = FileSystemError.fromErrno(.replace, path: path)
            unlink(temporary)
            throw failure
        }
        try syncDirectory(directory)
    }

    /// Removes temp files a killed process left behind. Only call this while
    /// holding the target's lock, or a live save's temp file could vanish.
    /// Returns how many were removed.
    @discardableResult
    static func removeLeftovers(for path: String) throws(FileSystemError) -> Int {
        let directory = FilePath.directory(of: path)
        let prefix = temporaryPrefix(for: path)
        guard let stream = opendir(directory) else {
            if errno == ENOENT { return 0 }
            throw .fromErrno(.list, path: directory)
        }
        var leftovers: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name.hasPrefix(prefix) else { continue }
            // Only our own regular files: a folder or another user's file named like a
            // temp file is not a leftover of ours, and must not make every save fail.
            var info = stat()
            guard fstatat(dirfd(stream), name, &info, AT_SYMLINK_NOFOLLOW) == 0,
                  (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == geteuid() else { continue }
            leftovers.append(name)
        }
        closedir(stream)
        for name in leftovers {
            let leftover = FilePath.join(directory, name)
            if unlink(leftover) != 0, errno != ENOENT { throw .fromErrno(.remove, path: leftover) }
        }
        return leftovers.count
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Renames within one folder, durably.
    static func move(_ path: String, to destination: String) throws(FileSystemError) {
        if rename(path, destination) != 0 { throw .fromErrno(.moveAside, path: path) }
        try syncDirectory(FilePath.directory(of: destination))
    }

    /// Deletes a file, durably; a file already gone is not an error.
    static func remove(_ path: String) throws(FileSystemError) {
        if unlink(path) != 0, errno != ENOENT { throw .fromErrno(.remove, path: path) }
        try syncDirectory(FilePath.directory(of: path))
    }

    /// fsync on the folder makes renames and creations in it durable.
    static func syncDirectory(_ directory: String) throws(FileSystemError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .fromErrno(.write, path: directory) }
        defer { close(fd) }
        // Some file systems cannot fsync a folder (EINVAL); the rename still happened.
        if fsync(fd) != 0, errno != EINVAL { throw .fromErrno(.write, path: directory) }
    }

    private static func createTemporary(for path: String) throws(FileSystemError) -> (Int32, String) {
        let directory = FilePath.directory(of: path)
        while true {
            let suffix = String(UInt64.random(in: .min ... .max), radix: 16)
            let temporary = FilePath.join(directory, temporaryPrefix(for: path) + suffix)
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, temporary) }
            if errno != EEXIST { throw .fromErrno(.write, path: path) }
        }
    }

    /// Sets the mode, writes everything, fsyncs and closes; closes on failure too.
    private static func fillAndClose(_ fd: Int32, with bytes: UnsafeRawBufferPointer, mode: mode_t, path: String) throws(FileSystemError) {
        var failure: FileSystemError?
        if fchmod(fd, mode) != 0 {
            failure = .fromErrno(.write, path: path)
        } else {
            do { try writeAll(fd, bytes, path: path) } catch { failure = error }
            if failure == nil, fsync(fd) != 0 { failure = .fromErrno(.write, path: path) }
        }
        // close can report a deferred write error (NFS, quotas): it counts as a failure.
        if close(fd) != 0, failure == nil { failure = .fromErrno(.write, path: path) }
        if let failure { throw failure }
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(FileSystemError) {
        var offset = 0
        while offset < bytes.count {
            let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw .fromErrno(.write, path: path)
            }
            offset += written
        }
    }
}
