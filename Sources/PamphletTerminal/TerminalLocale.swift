import CNcursesw

/// Chooses the locale before ncurses starts: ncursesw needs a UTF-8 character
/// type, or wide characters turn to garbage and `wcwidth` answers -1.
public enum TerminalLocale {
    /// Takes the user's locale; when its codeset is not UTF-8 (LANG=C, POSIX,
    /// unset) the character type alone falls back to C.UTF-8, so articles still
    /// show their own characters instead of escape garbage.
    public static func prepare() {
        setlocale(LC_ALL, "")
        if isUTF8 { return }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, fallback) != nil {
            return
        }
    }

    public static var isUTF8: Bool {
        guard let codeset = pamphlet_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
