/// Styles of the consult form, built from attributes first like the rest of the theme.
extension Theme {
    /// An input that does not have focus: underlined, so its extent shows without colour.
    var formInput: Style { Style(underline: true) }
    var focusedInput: Style { Style(reverse: true) }
    var formError: Style { usesColor ? Style(foreground: .red, bold: true) : Style(bold: true) }
    var formLabel: Style { Style(bold: true) }
}
