import PamphletCore

/// The consult screens as one overlay: the draft offer, the form (with its
/// review), and the confirmation after a save. While it is on top it takes
/// every key but Ctrl-C, so typing never reaches a reader command.
enum ConsultFlow: Sendable {
    case draftOffer(DraftOfferScreen)
    case form(ConsultFormScreen)
    case saved(ConsultSavedScreen)

    var screenKind: ScreenKind {
        switch self {
        case .draftOffer: .consultQuestion
        case .form(let screen): screen.screenKind
        case .saved: .consultSaved
        }
    }

    mutating func resize(to size: Size) {
        switch self {
        case .draftOffer(var screen): screen.resize(to: size); self = .draftOffer(screen)
        case .form(var screen): screen.resize(to: size); self = .form(screen)
        case .saved(var screen): screen.resize(to: size); self = .saved(screen)
        }
    }

    func draw(into frame: inout Frame, theme: Theme, keyMap: KeyMap) {
        switch self {
        case .draftOffer(let screen): screen.draw(into: &frame, theme: theme, keyMap: keyMap)
        case .form(let screen): screen.draw(into: &frame, theme: theme, keyMap: keyMap)
        case .saved(let screen): screen.draw(into: &frame, theme: theme)
        }
    }
}
