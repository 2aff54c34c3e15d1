import PamphletCore

/// How the reader was started: command-line flags and environment, decided by the caller.
public struct ReaderOptions: Sendable, Equatable {
    /// A shared public terminal: no reading positions saved, idle reset to the library.
    public var kiosk: Bool
    /// False under NO_COLOR, `--no-color` or a monochrome terminal: attributes only.
    public var color: Bool
    /// Mouse wheel scrolling; off lets the user select text with the mouse.
    public var mouse: Bool
    /// Seconds without a key before a kiosk returns to the library.
    public var idleTimeout: Double
    /// Seconds a kiosk shows a saved request's confirmation before wiping it.
    public var confirmationSeconds: Double
    /// The terminal's background, for colours that can be read on it.
    public var background: ThemeBackground
    /// The interface languages whose catalogs the host found (English always): the
    /// library's switch and the offer to switch go only to these.
    public var languages: [InterfaceLanguage]

    public init(kiosk: Bool = false, color: Bool = true, mouse: Bool = true, idleTimeout: Double = 120,
                confirmationSeconds: Double = 30, background: ThemeBackground = .dark,
                languages: [InterfaceLanguage] = InterfaceLanguage.allCases) {
        self.languages = languages
        self.kiosk = kiosk
        self.color = color
        self.mouse = mouse
        self.idleTimeout = idleTimeout
        self.confirmationSeconds = confirmationSeconds
        self.background = background
    }
}
