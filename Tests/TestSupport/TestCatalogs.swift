import Foundation
import PamphletCore

/// The message catalogs compiled from Sources/Localization/*.po by msgfmt into a folder
/// of this test run's own, once for every test target (they share one process), and
/// bound, so `swift test` alone renders Spanish. Binaries the end-to-end tests start get
/// the folder as PAMPHLET_LOCALEDIR.
public enum TestCatalogs {
    /// The package's root folder (this file is Tests/TestSupport/TestCatalogs.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let directory: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-catalogs-\(getpid())-\(UUID().uuidString)")
        for language in InterfaceLanguage.allCases where language != .english {
            let output = folder.appendingPathComponent("\(language.code)/LC_MESSAGES")
            try! FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            let result = try! Tool.run("msgfmt", ["--check", "--output-file=" + output.appendingPathComponent("pamphlet.mo").path,
                                                  packageRoot.appendingPathComponent("Sources/Localization/\(language.code).po").path])
            precondition(result.status == 0, "msgfmt could not compile \(language.code).po: \(result.output)")
        }
        MessageCatalogs.bind(directory: folder.path)
        return folder.path
    }()

    /// Binds the catalogs (once) for a test that shows crisis help or a screen in another language.
    public static func bind() { _ = directory }

    /// Runs `body` with the interface in Spanish.
    public static func spanish<T>(_ body: () throws -> T) rethrows -> T {
        bind()
        return try Localization.with(.spanish, body)
    }
}

/// A command-line tool's exit status and everything it printed.
public enum Tool {
    public static func run(_ name: String, _ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
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
