#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a library folder that feed the index, identified by name, size and
/// modification time, so a warm start costs one directory listing and one `stat` per file.
struct LibraryFingerprint: Equatable {
    struct File: Equatable {
        var name: String
        var size: Int64
        var modifiedSeconds: Int64
        var modifiedNanoseconds: Int64
    }

    /// Article files in directory order, then the lexicon when present.
    var files: [File]

    /// One number for the whole set, with the index format version mixed in. Files are
    /// combined with order-independent sums, so the listing never needs sorting.
    var value: UInt64 {
        var sum: UInt64 = 0, mixed: UInt64 = 0
        for file in files {
            var writer = ByteWriter()
            writer.string(file.name)
            writer.u64(UInt64(bitPattern: file.size))
            writer.u64(UInt64(bitPattern: file.modifiedSeconds))
            writer.u64(UInt64(bitPattern: file.modifiedNanoseconds))
            let hash = Checksum.of(writer.bytes)
            sum &+= hash
            mixed ^= hash &* 0x9E37_79B9_7F4A_7C15
        }
        var writer = ByteWriter()
        writer.u32(IndexFormat.version)
        writer.u64(UInt64(files.count))
        writer.u64(sum)
        writer.u64(mixed)
        return Checksum.of(writer.bytes)
    }

    /// Article file names in id order, as the index is built.
    var articleNames: [String] {
        files.map(\.name).filter { $0 != Lexicon.fileName }
            .sorted { ArticleLoader.articleID(forPath: $0) < ArticleLoader.articleID(forPath: $1) }
    }

    /// Lists `directory`; `nil` when it cannot be read.
    static func of(directory: String) -> LibraryFingerprint? {
        guard let folder = opendir(directory) else { return nil }
        defer { closedir(folder) }
        let descriptor = dirfd(folder)
        var articles: [File] = []
        var lexicon: File?
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            let isArticle = LibraryLoader.isArticleFileName(name)
            guard isArticle || name == Lexicon.fileName else { continue }
            var status = stat()
            guard fstatat(descriptor, name, &status, 0) == 0 else { continue }
            #if canImport(Darwin)
            let modified = status.st_mtimespec
            #else
            let modified = status.st_mtim
            #endif
            let file = File(name: name, size: Int64(status.st_size), modifiedSeconds: Int64(modified.tv_sec),
                            modifiedNanoseconds: Int64(modified.tv_nsec))
            if isArticle { articles.append(file) } else { lexicon = file }
        }
        return LibraryFingerprint(files: articles + (lexicon.map { [$0] } ?? []))
    }
}
