import Foundation
import PamphletCore

/// The message catalogs compiled from Sources/Localization/*.po by msgfmt into a folder of
/// this test run's own, and bound, so `swift test` alone can render Spanish.
enum TestCatalogs {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let directory: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-catalogs-\(getpid())-\(UUID().uuidString)")
        for language in InterfaceLanguage.allCases where language != .english {
            let output = folder.appendingPathComponent("\(language.code)/LC_MESSAGES")
            try! FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["msgfmt", "--check", "--output-file=" + output.appendingPathComponent("pamphlet.mo").path,
                                 packageRoot.appendingPathComponent("Sources/Localization/\(language.code).po").path]
            try! process.run()
            process.waitUntilExit()
            precondition(process.terminationStatus == 0, "msgfmt could not compile \(language.code).po")
        }
        MessageCatalogs.bind(directory: folder.path)
        return folder.path
    }()

    /// Binds the catalogs (once) for a test that shows crisis help or a screen in another language.
    static func bind() { _ = directory }

    /// Runs `body` with the interface in Spanish.
    static func spanish<T>(_ body: () throws -> T) rethrows -> T {
        bind()
        return try Localization.with(.spanish, body)
    }
}
