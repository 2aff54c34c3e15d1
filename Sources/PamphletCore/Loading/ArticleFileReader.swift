#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an article file's bytes, refusing oversized and non-regular files
/// before reading them, so a stray 50 MB file or a FIFO costs one `fstat`.
struct ArticleFileReader: Sendable {
    var maxBytes: Int

    func contents(of path: String) throws(Diagnostic) -> [UInt8] {
        func failure(_ message: String) -> Diagnostic {
            Diagnostic(path: path, line: 1, message: message)
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw failure("cannot open file: \(Self.describeErrno())") }
        defer { close(fd) }

        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure("cannot read file: \(Self.describeErrno())") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw failure("not a regular file") }
        let size = Int(info.st_size)
        guard size <= maxBytes else {
            throw failure("file is \(Self.humanSize(size)), over the \(Self.humanSize(maxBytes)) limit for an article")
        }

        // Read at most one byte past the limit: the file may have grown since fstat.
        var bytes = [UInt8](repeating: 0, count: min(size, maxBytes) + 1)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("cannot read file: \(Self.describeErrno())")
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= maxBytes else {
            throw failure("file grew past the \(Self.humanSize(maxBytes)) limit for an article while being read")
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    private static func describeErrno() -> String {
        String(cString: strerror(errno))
    }

    /// "50 MB" / "1.5 MB" / "800 KB" style sizes for messages (decimal units, as file managers show).
    static func humanSize(_ bytes: Int) -> String {
        if bytes < 1_000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return "\((bytes + 500) / 1_000) KB" }
        let tenths = (bytes + 50_000) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
