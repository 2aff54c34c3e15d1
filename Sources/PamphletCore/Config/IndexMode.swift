/// When the search index may be trusted (`index:` in `pamphlet.yml`).
public enum IndexMode: String, Sendable, Equatable {
    /// Every command lists the library folder and compares each article's size and
    /// time with the index before using it, so an edited article is never answered
    /// from its old text. The default.
    case auto
    /// Commands use the index as it is, without listing the folder: for a library
    /// whose files change only through an install that then runs `pamphlet index`
    /// (as man-db's index is rebuilt by the package manager). The files behind the
    /// results shown are still hashed; a changed one is left out, with a note.
    case manual
}
