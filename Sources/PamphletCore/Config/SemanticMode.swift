/// Whether search goes by meaning as well as words (`semantic:` in `pamphlet.yml`).
public enum SemanticMode: String, Sendable, Equatable {
    /// By meaning where the model is installed and the library has at most
    /// `SemanticMode.automaticDocumentLimit` documents (encoding each takes tens of
    /// milliseconds once, at `pamphlet index`). The default.
    case auto
    /// By meaning whatever the library's size (`pamphlet index` may take long).
    case on
    /// By words alone.
    case off

    public static let automaticDocumentLimit = 5_000

    public func allows(documentCount: Int) -> Bool {
        switch self {
        case .auto: documentCount <= Self.automaticDocumentLimit
        case .on: true
        case .off: false
        }
    }
}
