import Foundation

/// The message catalogs compiled from Sources/Localization/*.po by msgfmt into a folder
/// of this test run's own; every binary the tests start gets it as PAMPHLET_LOCALEDIR,
/// so Spanish works without `make` having compiled the build tree's catalogs.
enum TestCatalogs {
    static let languages = ["es"]

    static let directory: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-catalogs-\(getpid())-\(UUID().uuidString)")
        for language in languages {
            let output = folder.appendingPathComponent("\(language)/LC_MESSAGES")
            try! FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["msgfmt", "--check", "--output-file=" + output.appendingPathComponent("pamphlet.mo").path,
                                 PamphletProcess.packageRoot.appendingPathComponent("Sources/Localization/\(language).po").path]
            try! process.run()
            process.waitUntilExit()
            precondition(process.terminationStatus == 0, "msgfmt could not compile \(language).po")
        }
        return folder.path
    }()
}
