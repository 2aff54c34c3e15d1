import Foundation

/// Where the running binary lives, so an installed copy finds `<prefix>/share/pamphlet/Articles`.
enum ExecutableLocation {
    static var directory: String? {
        #if os(Linux)
        // The kernel's link resolves symlinks (e.g. /usr/local/bin/pamphlet -> ../opt/...).
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return (resolved as NSString).deletingLastPathComponent
        }
        #endif
        guard let path = Bundle.main.executablePath else { return nil }
        return ((path as NSString).resolvingSymlinksInPath as NSString).deletingLastPathComponent
    }
}
