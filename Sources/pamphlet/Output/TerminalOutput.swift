#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PamphletCore

/// The one way plain commands print. Everything goes through `Sanitizer.clean`,
/// because article text and user-typed ids are untrusted.
enum TerminalOutput {
    static func line(_ text: String = "") {
        print(Sanitizer.clean(text))
    }

    static func errorLine(_ text: String) {
        var bytes = Array(Sanitizer.clean(text).utf8)
        bytes.append(0x0A)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

/// A failure whose message is shown as is (already sanitized): ArgumentParser
/// prints `Error: <description>` and exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ message: String) {
        description = Sanitizer.clean(message)
    }
}
