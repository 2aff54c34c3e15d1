extension Key {
    /// The name Help and the status line use for this key.
    public var displayName: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .escape: "Esc"
        case .function(let n): "F\(n)"
        case .wheelUp: "wheel↑"
        case .wheelDown: "wheel↓"
        case .resize: "resize"
        case .hangUp: "hang-up"
        case .paste: "paste"
        }
    }
}
