#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of an index: built in memory, or a read-only memory map of a cache file.
///
/// Immutable once created, hence `@unchecked Sendable`; a map is unmapped when the last
/// index sharing it goes away.
final class IndexStorage: @unchecked Sendable {
    private enum Backing { case owned(UnsafeMutableRawBufferPointer), mapped(UnsafeMutableRawPointer, Int) }
    private let backing: Backing
    let view: ByteView

    init(copying bytes: [UInt8]) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
        backing = .owned(buffer)
        view = ByteView(base: UnsafeRawPointer(buffer.baseAddress!), count: bytes.count)
    }

    /// Maps `path` read-only; `nil` when it cannot be opened or is empty, or is not a
    /// regular file of this user's (a FIFO there must not hang the reader, another
    /// user's file must not be searched).
    init?(mapping path: String) {
        guard let opened = try? FileOwnership.openForReading(path) else { return nil }
        let descriptor = opened
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        backing = .mapped(address, size)
        view = ByteView(base: UnsafeRawPointer(address), count: size)
    }

    deinit {
        switch backing {
        case .owned(let buffer): buffer.deallocate()
        case .mapped(let address, let size): munmap(address, size)
        }
    }

    var bytes: UnsafeRawBufferPointer { view.buffer }

    /// Maps the first `count` bytes of a mapped file into the page tables in one call, rather
    /// than one page fault per 4 KB as the tables read at start-up are first touched. Only a
    /// hint: on kernels without `MADV_POPULATE_READ` (before Linux 5.14) pages fault in as usual.
    func prefault(count: Int) {
        #if os(Linux)
        guard case .mapped(let address, let size) = backing else { return }
        _ = madvise(address, min(count, size), MADV_POPULATE_READ)
        #endif
    }
}
