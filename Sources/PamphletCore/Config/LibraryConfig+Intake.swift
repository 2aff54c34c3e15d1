import Yams

/// `intake_url:` and `intake_ca:` in pamphlet.yml (see `IntakeSettings`).
extension LibraryConfig {
    static func parseIntake(_ lines: [String: (Node, Int)], path: String, into config: inout LibraryConfig,
                            problems: inout [Diagnostic]) {
        guard let (urlNode, urlLine) = lines["intake_url"] else {
            if let (_, line) = lines["intake_ca"] {
                problems.append(Diagnostic(path: path, line: line, message: "intake_ca needs intake_url as well"))
            }
            return
        }
        guard let url = urlNode.scalar?.string, !url.isEmpty else {
            problems.append(Diagnostic(path: path, line: urlLine, message: "intake_url must be an https:// address"))
            return
        }
        if let problem = IntakeSettings.problem(with: url) {
            problems.append(Diagnostic(path: path, line: urlLine, message: problem))
            return
        }
        var settings = IntakeSettings(url: url)
        if let (caNode, caLine) = lines["intake_ca"] {
            guard let file = caNode.scalar?.string, !file.isEmpty else {
                problems.append(Diagnostic(path: path, line: caLine, message: "intake_ca must be the path of a PEM certificate file"))
                return
            }
            // Relative to the library folder, so the folder can be moved with its certificate.
            let absolute = file.hasPrefix("/") ? file : FilePath.join(FilePath.directory(of: path), file)
            guard DurableFile.exists(absolute) else {
                problems.append(Diagnostic(path: path, line: caLine, message: "intake_ca: there is no file \(absolute)"))
                return
            }
            settings.caFile = absolute
        }
        config.intake = settings
    }
}
