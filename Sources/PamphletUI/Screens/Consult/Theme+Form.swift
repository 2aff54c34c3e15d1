/// Styles of the consult form, built from attributes first like the rest of the theme.
extension Theme {
    /// An input that does not have focus: underlined, so its extent shows without colour.
    var formInput: Style { Style(underline: true) }
    var focusedInput: Style { Style(reverse: true) }
    /// Red reaches 4.5:1 on white (5.8:1) but not on black (3.6:1): there the error keeps
    /// the terminal's own text colour, bold.
    var formError: Style { usesColor && background == .light ? Style(foreground: .red, bold: true) : Style(bold: true) }
    var formLabel: Style { Style(bold: true) }
}
