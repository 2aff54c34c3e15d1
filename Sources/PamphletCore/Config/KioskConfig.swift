/// Kiosk mode as it applies to this run: on if `--kiosk` was given or the
/// library's `pamphlet.yml` says `kiosk: true` (a flag cannot turn it off).
///
/// In kiosk mode: drafts are neither kept nor offered, `pamphlet requests`
/// is refused, and the reader resets after `idleTimeout` seconds without a key.
public struct KioskConfig: Sendable, Equatable {
    public var isEnabled: Bool
    /// Seconds without a key press before the reader wipes the screen and returns to the library.
    public var idleTimeout: Int
    /// Seconds a saved request's confirmation shows before the screen is wiped.
    public var confirmationSeconds: Int

    public init(isEnabled: Bool, idleTimeout: Int = LibraryConfig.defaultIdleTimeout,
                confirmationSeconds: Int = LibraryConfig.defaultConfirmationSeconds) {
        self.isEnabled = isEnabled
        self.idleTimeout = idleTimeout
        self.confirmationSeconds = confirmationSeconds
    }

    public init(flag: Bool, library config: LibraryConfig) {
        self.init(isEnabled: flag || config.kiosk, idleTimeout: config.idleTimeout,
                  confirmationSeconds: config.confirmationSeconds)
    }
}
