#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PamphletCore

/// Reads the JSON request for `consult --json FILE|-`, at most one byte past
/// the cap so that a huge paste is refused without being held in memory.
enum ConsultInput {
    static func readJSON(from source: String) throws -> [UInt8] {
        let limit = ConsultForm.maximumJSONBytes + 1
        let fd = source == "-" ? STDIN_FILENO : open(source, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw CommandFailure(FileSystemError(.read, path: source, code: errno).description)
        }
        defer { if fd != STDIN_FILENO { close(fd) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, min($0.count, limit - bytes.count)) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                let name = source == "-" ? "standard input" : source
                throw CommandFailure(FileSystemError(.read, path: name, code: errno).description)
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}
