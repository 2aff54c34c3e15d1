/// Whether to offer web addresses as OSC 8 hyperlinks. Terminals that do not know
/// the sequence should ignore it, but some print it, so it is sent only where the
/// terminal is known to show hyperlinks (the list the `supports-hyperlinks` package
/// and the OSC 8 specification's adopters keep). `FORCE_HYPERLINK=1` or `=0` decides
/// for a terminal not listed. Never on a kiosk: a click there would open a browser
/// on the shared machine.
public enum HyperlinkSupport {
    public static func isAvailable(environment: [String: String], kiosk: Bool) -> Bool {
        if kiosk { return false }
        if let forced = environment["FORCE_HYPERLINK"], !forced.isEmpty { return forced != "0" }
        // tmux and screen pass the sequence on only when configured to; unknown here.
        if environment["TMUX"] != nil || environment["STY"] != nil { return false }
        let term = environment["TERM"] ?? ""
        if ["xterm-kitty", "alacritty", "foot", "foot-extra", "xterm-ghostty", "wezterm", "contour"].contains(term) {
            return true
        }
        switch environment["TERM_PROGRAM"] {
        case "WezTerm", "vscode", "ghostty", "Hyper": return true
        case "iTerm.app": return version(environment["TERM_PROGRAM_VERSION"], atLeast: [3, 1])
        default: break
        }
        if let vte = environment["VTE_VERSION"].flatMap({ Int($0) }), vte >= 5000 { return true }
        if let konsole = environment["KONSOLE_VERSION"].flatMap({ Int($0) }), konsole >= 201200 { return true }
        return environment["WT_SESSION"] != nil || environment["DOMTERM"] != nil
    }

    /// "3.4.19" against [3, 1].
    private static func version(_ text: String?, atLeast wanted: [Int]) -> Bool {
        guard let text else { return false }
        let parts = text.split(separator: ".").map { Int($0) ?? 0 }
        for (index, minimum) in wanted.enumerated() {
            let part = index < parts.count ? parts[index] : 0
            if part != minimum { return part > minimum }
        }
        return true
    }
}
