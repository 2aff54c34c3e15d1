import CGettext
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interface language and the lookup of messages in glibc's gettext catalogs
/// (domain "pamphlet", compiled from Sources/Localization/*.po).
///
/// The language is the process's (set once at start, and again by the library screen's
/// switch), or a task's own while it runs `Localization.with(_:_:)`: a screen renders
/// in its patient's language, and tests render Spanish and English side by side.
public enum Localization {
    public static let domain = "pamphlet"

    /// The language messages are shown in now.
    public static var language: InterfaceLanguage { taskLanguage ?? processLanguage.value }

    /// Sets the process's language (a task inside `with` keeps its own).
    public static func setLanguage(_ language: InterfaceLanguage) { processLanguage.value = language }

    /// Runs `body` with messages in `language`.
    public static func with<T>(_ language: InterfaceLanguage, _ body: () throws -> T) rethrows -> T {
        try $taskLanguage.withValue(language, operation: body)
    }

    @TaskLocal static var taskLanguage: InterfaceLanguage?
    private static let processLanguage = LockedValue(InterfaceLanguage.english)

    // MARK: Lookup

    static func translate(_ message: String) -> String {
        let language = language
        guard language != .english, MessageCatalogs.activate(language) else { return message }
        return message.withCString { String(cString: dgettext(domain, $0)) }
    }

    static func translate(_ singular: String, plural: String, count: Int) -> String {
        let language = language
        guard language != .english, MessageCatalogs.activate(language) else { return count == 1 ? singular : plural }
        return singular.withCString { one in
            plural.withCString { many in String(cString: dngettext(domain, one, many, UInt(max(count, 0)))) }
        }
    }

    /// gettext's msgctxt: the catalog keys a message in context as "context\u{4}message".
    static func translate(_ message: String, context: String) -> String {
        let language = language
        guard language != .english, MessageCatalogs.activate(language) else { return message }
        let key = context + "\u{4}" + message
        let found = key.withCString { String(cString: dgettext(domain, $0)) }
        return found == key ? message : found
    }
}

/// A value shared by every thread, behind a mutex.
final class LockedValue<Value: Sendable>: @unchecked Sendable {
    private var stored: Value
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init(_ value: Value) {
        stored = value
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    var value: Value {
        get { withLock { $0 } }
        set { withLock { $0 = newValue } }
    }

    @discardableResult
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body(&stored)
    }
}
