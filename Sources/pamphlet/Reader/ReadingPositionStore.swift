#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the reader was in each article: `positions.json` under
/// `$XDG_STATE_HOME/pamphlet/` (else `~/.local/state/pamphlet/`), mapping an
/// article id to the source line at the top of the screen.
///
/// Losing a position is harmless, so a missing or unreadable file reads as
/// empty; writes go to a temporary file that is renamed over the old one, so
/// a crash mid-write never leaves half a file.
struct ReadingPositionStore {
    let directory: String

    var file: String { directory + "/positions.json" }

    /// The store's folder for this environment; nil when neither
    /// XDG_STATE_HOME nor HOME is set to an absolute path.
    static func directory(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/pamphlet"
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return home + "/.local/state/pamphlet"
        }
        return nil
    }

    func load() -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: file),
              let positions = try? JSONDecoder().decode([String: Int].self, from: data) else { return [:] }
        return positions
    }

    /// Records one article's position, keeping the others.
    func save(article: String, sourceLine: Int) throws {
        var positions = load()
        guard positions[article] != sourceLine else { return }
        positions[article] = sourceLine
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try writeAtomically(Array(try encoder.encode(positions)))
    }

    private func writeAtomically(_ bytes: [UInt8]) throws {
        let temporary = file + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.cannotWrite(temporary, errno) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else {
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw StoreError.cannotWrite(temporary, code)
            }
            written += result
        }
        fsync(descriptor)
        close(descriptor)
        guard rename(temporary, file) == 0 else {
            let code = errno
            unlink(temporary)
            throw StoreError.cannotWrite(file, code)
        }
    }

    enum StoreError: Error, CustomStringConvertible {
        case cannotWrite(String, Int32)

        var description: String {
            switch self {
            case .cannotWrite(let path, let code): "cannot write \(path): \(String(cString: strerror(code)))"
            }
        }
    }
}
