#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that readers see either the old or the new contents, never a mix.
enum AtomicFile {
    /// Writes to `<path>.<pid>.tmp` (mode 0600), syncs it, renames it over `path`, then
    /// syncs the folder so the rename itself survives a crash. Returns false on any failure,
    /// leaving no temporary file behind.
    @discardableResult
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) -> Bool {
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        var offset = 0
        var complete = true
        while offset < bytes.count {
            let count = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count <= 0 { complete = false; break }
            offset += count
        }
        complete = complete && fsync(descriptor) == 0
        close(descriptor)
        guard complete, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
        return true
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
