import PamphletCore

/// One line of the key map: which keys do what, where. The same value drives
/// dispatch and the Help screen, so the help text cannot drift from behaviour.
/// The description is looked up in the interface's language each time it is read.
public struct KeyBinding: Sendable, Equatable {
    public enum Group: Sendable, CaseIterable {
        case everywhere, moving, article, find, library, search, contents, faq, closing, consult

        public var title: String {
            switch self {
            case .everywhere: tr("Everywhere but in a text box")
            case .moving: tr("Moving")
            case .article: tr("Reading an article")
            case .find: tr("Find in an article (/)")
            case .library: tr("Library")
            case .search: tr("Search all articles (s): letters type the words")
            case .contents: tr("Contents (t)")
            case .faq: tr("Questions (f)")
            case .closing: tr("Contents, questions, help and crisis screens")
            case .consult: tr("Consultation request (c): letters and digits go into the form")
            }
        }
    }

    public let keys: [Key]
    public let action: Action
    /// What the keys do, in the interface's language.
    public var description: String { describe() }
    private let describe: @Sendable () -> String
    public let screens: Set<ScreenKind>
    public let group: Group
    /// How Help shows the keys when listing each one would be noise (e.g. "1-9").
    private var labelOverride: String? { label() }
    private let label: @Sendable () -> String?

    public init(_ keys: [Key], _ action: Action, _ description: @autoclosure @escaping @Sendable () -> String,
                on screens: Set<ScreenKind>, group: Group, label: @autoclosure @escaping @Sendable () -> String? = nil) {
        self.keys = keys
        self.action = action
        describe = description
        self.screens = screens
        self.group = group
        self.label = label
    }

    public var keyLabel: String {
        labelOverride ?? keys.map(\.displayName).joined(separator: " ")
    }

    /// The label a status-line hint uses: the override, or the first key.
    public var shortLabel: String {
        labelOverride ?? keys.first?.displayName ?? ""
    }

    public static func == (left: KeyBinding, right: KeyBinding) -> Bool {
        left.keys == right.keys && left.action == right.action && left.screens == right.screens
            && left.group == right.group && left.labelOverride == right.labelOverride
            && left.description == right.description
    }

    /// Applies on every screen; screen-specific bindings take precedence over these.
    var isGlobal: Bool { screens.count == ScreenKind.allCases.count }
}
