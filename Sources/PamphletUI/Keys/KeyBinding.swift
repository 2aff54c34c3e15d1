/// One line of the key map: which keys do what, where. The same value drives
/// dispatch and the Help screen, so the help text cannot drift from behaviour.
public struct KeyBinding: Sendable, Equatable {
    public enum Group: Sendable, CaseIterable {
        case everywhere, moving, article, find, library, search, contents, faq, closing, consult

        public var title: String {
            switch self {
            case .everywhere: "Everywhere but in a text box"
            case .moving: "Moving"
            case .article: "Reading an article"
            case .find: "Find in an article (/)"
            case .library: "Library"
            case .search: "Search all articles (s): letters type the words"
            case .contents: "Contents (t)"
            case .faq: "Questions (f)"
            case .closing: "Contents, questions, help and crisis screens"
            case .consult: "Consultation request (c): letters and digits go into the form"
            }
        }
    }

    public let keys: [Key]
    public let action: Action
    public let description: String
    public let screens: Set<ScreenKind>
    public let group: Group
    /// How Help shows the keys when listing each one would be noise (e.g. "1-9").
    private let labelOverride: String?

    public init(_ keys: [Key], _ action: Action, _ description: String,
                on screens: Set<ScreenKind>, group: Group, label: String? = nil) {
        self.keys = keys
        self.action = action
        self.description = description
        self.screens = screens
        self.group = group
        self.labelOverride = label
    }

    public var keyLabel: String {
        labelOverride ?? keys.map(\.displayName).joined(separator: " ")
    }

    /// The label a status-line hint uses: the override, or the first key.
    public var shortLabel: String {
        labelOverride ?? keys.first?.displayName ?? ""
    }

    /// Applies on every screen; screen-specific bindings take precedence over these.
    var isGlobal: Bool { screens.count == ScreenKind.allCases.count }
}
