#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PamphletCore

/// Runs `PlainReaderSession` on standard input and output: one command per
/// line, replies appended; end of input quits.
struct PlainReader {
    var library: Library
    var openArticle: String?
    var section: String?

    func run() {
        var session = PlainReaderSession(library: library)
        write(session.opening(article: openArticle, section: section).text)
        while let line = readLine(strippingNewline: true) {
            let reply = session.respond(to: line)
            write(reply.text)
            if reply.quit { return }
        }
    }

    private func write(_ text: String) {
        print(text, terminator: "")
        fflush(nil)  // all streams: a screen reader must hear each reply at once
    }
}
