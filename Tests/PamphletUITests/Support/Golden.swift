import Foundation
import Testing
import PamphletUI

/// Compares a frame's text with Golden/<name>.txt. With PAMPHLET_UPDATE_GOLDEN=1
/// the file is written instead, to be read and reviewed before committing.
/// Rows sit between bars so that trailing spaces survive editors.
func expectGolden(_ frame: Frame, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let text = "\(frame.width)x\(frame.height)\n" + frame.lines.map { "|\($0)|" }.joined(separator: "\n") + "\n"
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["PAMPHLET_UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(throws: Never.self, sourceLocation: sourceLocation) { try text.write(to: url, atomically: true, encoding: .utf8) }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing golden file Golden/\(name).txt (run with PAMPHLET_UPDATE_GOLDEN=1)", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "frame differs from Golden/\(name).txt", sourceLocation: sourceLocation)
}
