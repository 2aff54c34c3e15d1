/// The command line as the system gave it, before Swift decodes it.
///
/// `CommandLine.arguments` turns bytes that are not UTF-8 into U+FFFD without a
/// word, so a name typed in a Latin-1 terminal would be saved as "Zo\u{FFFD}".
/// `consult` refuses such a value instead, naming the option it was given to.
enum RawArguments {
    /// The option (`--name`) whose value is not valid UTF-8, or the argument's
    /// position when it follows no option; nil when every argument is valid.
    static func firstOptionWithInvalidUTF8() -> String? {
        var previous: String?
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            if let text = String(validatingCString: pointer) {
                previous = text
                continue
            }
            // "--name=value" names itself; "--name value" is named by the word before.
            let bytes = Array(UnsafeBufferPointer(start: pointer, count: Int(strlen(pointer)))).map { UInt8(bitPattern: $0) }
            if bytes.starts(with: Array("--".utf8)), let equals = bytes.firstIndex(of: UInt8(ascii: "=")),
               let option = String(validating: bytes[..<equals], as: UTF8.self) {
                return option
            }
            if let previous, previous.hasPrefix("-") { return previous }
            return "argument \(index)"
        }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
