#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a library folder that feed the index, identified by name, size and
/// modification time, so a warm start costs one directory listing and one `stat` per file.
///
/// This runs before every search, so the listing stays in raw bytes: names are checked and
/// hashed straight from the directory entry, with no `String` or array per file. The names
/// are kept in one buffer and only turned into strings when the index must be rebuilt.
struct LibraryFingerprint {
    /// One number for the whole set, with the index format version mixed in. Files are
    /// combined with order-independent sums, so the listing never needs sorting.
    let value: UInt64
    /// Article file names, each followed by a 0 byte, in directory order.
    private let articleNameBytes: [UInt8]

    /// Article file names in id order, as the index is built.
    var articleNames: [String] {
        articleNameBytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            .sorted { ArticleLoader.articleID(forPath: $0) < ArticleLoader.articleID(forPath: $1) }
    }

    /// Lists `directory`; `nil` when it cannot be read.
    static func of(directory: String) -> LibraryFingerprint? {
        guard let folder = opendir(directory) else { return nil }
        defer { closedir(folder) }
        let descriptor = dirfd(folder)
        var names: [UInt8] = []
        names.reserveCapacity(1 << 16)
        var sum: UInt64 = 0, mixed: UInt64 = 0, count: UInt64 = 0
        while let entry = readdir(folder) {
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let length = raw.firstIndex(of: 0) ?? raw.count
                let name = UnsafeRawBufferPointer(rebasing: raw[..<length])
                let isArticle = isArticleFileName(name)
                guard isArticle || isLexiconFileName(name) else { return }
                var status = stat()
                guard fstatat(descriptor, name.baseAddress!.assumingMemoryBound(to: CChar.self), &status, 0) == 0 else {
                    return
                }
                let hash = fileHash(name: name, status: status)
                sum &+= hash
                mixed ^= hash &* 0x9E37_79B9_7F4A_7C15
                count += 1
                if isArticle {
                    names.append(contentsOf: name)
                    names.append(0)
                }
            }
        }
        var writer = ByteWriter()
        writer.u32(IndexFormat.version)
        writer.u64(count)
        writer.u64(sum)
        writer.u64(mixed)
        return LibraryFingerprint(value: Checksum.of(writer.bytes), articleNameBytes: names)
    }

    /// Name, size and modification time (to the nanosecond) of one file.
    private static func fileHash(name: UnsafeRawBufferPointer, status: stat) -> UInt64 {
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        var fields = (UInt64(bitPattern: Int64(status.st_size)), UInt64(bitPattern: Int64(modified.tv_sec)),
                      UInt64(bitPattern: Int64(modified.tv_nsec)))
        let stamp = withUnsafeBytes(of: &fields) { Checksum.of($0) }
        return Checksum.of(name) ^ (stamp &* 0xC2B2_AE3D_27D4_EB4F)
    }

    /// `LibraryLoader.isArticleFileName` on the raw name; non-ASCII names take the exact
    /// `String` path so both always agree.
    private static func isArticleFileName(_ name: UnsafeRawBufferPointer) -> Bool {
        guard name.allSatisfy({ $0 < 0x80 }) else {
            return LibraryLoader.isArticleFileName(String(decoding: name, as: UTF8.self))
        }
        guard name.count >= 3, name.first != UInt8(ascii: "."), name.suffix(3).elementsEqual(".md".utf8) else {
            return false
        }
        return !(name.count == 9 && name.prefix(6).map { $0 | 0x20 }.elementsEqual("readme".utf8))
    }

    private static func isLexiconFileName(_ name: UnsafeRawBufferPointer) -> Bool {
        name.elementsEqual(Lexicon.fileName.utf8)
    }
}
