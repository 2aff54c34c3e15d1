import Foundation
import Testing

/// `--plain` / ACCESSIBLE=1: the line-by-line reader a screen reader can follow.
@Suite struct PlainReaderTests {
    private let library = ["--library", ReaderSession.shippedLibrary]

    @Test func numberedMenusAndSectionsAppendOnly() throws {
        let result = try PamphletProcess.run(["read", ReaderSession.article, "--plain"] + library,
                                             stdin: "2\nn\np\nf\n1\nq\n")
        #expect(result.status == 0)
        let out = result.stdout
        #expect(out.contains("Article: What Does Ketamine Therapy Feel Like?"))
        #expect(out.contains("19 entries: 16 sections and 3 questions; type a number"))
        #expect(out.contains("2. Understanding Ketamine Therapy"))
        #expect(out.contains("Section 3 of 19 entries: The Science Behind Ketamine Therapy"))
        #expect(out.contains("Scientists believe that ketamine works by modulating glutamate"))
        #expect(out.contains("3 questions; type a number"))
        #expect(out.contains("Question 16 of 19 entries: Is Ketamine Therapy Right for Everyone?"))
        #expect(out.hasSuffix("Goodbye.\n"))
        // No cursor movement, colour or box drawing: nothing a screen reader would spell out.
        #expect(!out.contains("\u{1B}"))
        #expect(!out.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) })
    }

    @Test func accessibleEnvironmentChoosesThePlainReaderFromTheLibrary() throws {
        let result = try PamphletProcess.run(library, stdin: "1\n!\nq\n", environment: ["ACCESSIBLE": "1"])
        #expect(result.stdout.hasPrefix("1 article; type a number"))
        #expect(result.stdout.contains("Help now: If you are in crisis"))
    }

    @Test func endOfInputQuitsQuietly() throws {
        let result = try PamphletProcess.run(["--plain"] + library, stdin: "")
        #expect(result.status == 0)
        #expect(result.stdout.contains("1. What Does Ketamine Therapy Feel Like?"))
    }
}
