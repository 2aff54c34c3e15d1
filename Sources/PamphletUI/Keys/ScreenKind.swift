/// The screens a key binding can apply to.
public enum ScreenKind: Sendable, Hashable, CaseIterable {
    case library, article, contents, faq, help, crisis
    /// The consult request: the form, its review, a yes/no question, the confirmation.
    case consultForm, consultReview, consultQuestion, consultSaved
    /// Screens with a text box that takes letters: the article with its find prompt open,
    /// the library search, and the questions while a filter is typed.
    case find, search, faqFilter

    /// Screens shown over an article or the library, closed with q or Esc.
    static let overlays: Set<ScreenKind> = [.contents, .faq, .help, .crisis]

    /// Screens of the consult request, which take every key but Ctrl-C.
    static let consultScreens: Set<ScreenKind> = [.consultForm, .consultReview, .consultQuestion, .consultSaved]
}
