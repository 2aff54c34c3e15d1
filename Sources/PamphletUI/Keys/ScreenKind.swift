/// The screens a key binding can apply to.
public enum ScreenKind: Sendable, Hashable, CaseIterable {
    case library, article, contents, faq, help, crisis

    /// Screens shown over an article or the library, closed with q or Esc.
    static let overlays: Set<ScreenKind> = [.contents, .faq, .help, .crisis]
}
