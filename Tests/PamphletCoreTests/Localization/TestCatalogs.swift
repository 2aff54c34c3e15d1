import Foundation
@testable import PamphletCore

/// The Spanish catalog compiled from Sources/Localization/es.po by msgfmt into a
/// folder of this test run's own, and bound, so `swift test` alone can read Spanish.
enum TestCatalogs {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let directory: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-catalogs-\(getpid())-\(UUID().uuidString)")
        for language in InterfaceLanguage.allCases where language != .english {
            let output = folder.appendingPathComponent("\(language.code)/LC_MESSAGES")
            try! FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            let result = try! Tool.run("msgfmt", ["--check", "--output-file=" + output.appendingPathComponent("pamphlet.mo").path,
                                                  packageRoot.appendingPathComponent("Sources/Localization/\(language.code).po").path])
            precondition(result.status == 0, "msgfmt failed: \(result.output)")
        }
        MessageCatalogs.bind(directory: folder.path)
        return folder.path
    }()

    /// Runs `body` with the interface in Spanish.
    static func spanish<T>(_ body: () throws -> T) rethrows -> T {
        _ = directory
        return try Localization.with(.spanish, body)
    }
}

/// A command-line tool's exit status and everything it printed.
enum Tool {
    static func run(_ name: String, _ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
