#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TerminalOutput {
    /// Writes text exactly as given. Only for output already made safe
    /// (escaped JSON) or meant to be exact because it is not going to a terminal.
    static func rawText(_ text: String) {
        Array(text.utf8).withUnsafeBytes(writeToStandardOutput)
    }

    /// All of `buffer` to standard output, unbuffered, going on after an interrupted write.
    static func writeToStandardOutput(_ buffer: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < buffer.count {
            let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}
