import Foundation

/// A throwaway folder, removed when it goes out of scope.
struct TemporaryFolder: ~Copyable {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-e2e-\(UUID().uuidString.lowercased())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Runs `body` with a fresh folder, removed when it returns.
    static func with<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = try TemporaryFolder()
        return try body(folder.url)
    }
}

/// A file's permission bits, or -1 when it cannot be read.
func mode(_ path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { return -1 }
    return Int(info.st_mode & 0o777)
}
