import PamphletCore

/// A count on the reader's screens: "1.163" in Spanish, and in English as the screens
/// always showed it, "1163", so that English output stays as it was.
func screenCount(_ number: Int) -> String {
    Localization.language == .english ? String(number) : localizedCount(number)
}
