import PamphletCore
#if canImport(Glibc)
import Glibc
#endif

/// Who runs a staff command, for the record of who changed what (`requests mark`,
/// `requests send --retry-rejected`).
enum StaffIdentity {
    /// The login name, else $USER.
    static func userName() -> String? {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessEnvironment.variables["USER"]
    }
}
