#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment variables, read once.
///
/// Foundation's `ProcessInfo.environment` builds a new dictionary at every call, and a
/// start of the reader asked three times (about 1.1 M instructions of its 40 M first paint).
/// The only variable Pamphlet sets is LANGUAGE, for gettext (MessageCatalogs), after this
/// snapshot has been read for the language choice; one snapshot serves every caller.
public enum ProcessEnvironment {
    public static let variables: [String: String] = {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(text[..<equals])
                // The first definition wins, as with getenv.
                if variables[name] == nil { variables[name] = String(text[text.index(after: equals)...]) }
            }
            entry += 1
        }
        return variables
    }()
}
