/// Everything a reader is shown in a crisis, in one language: the lines to call or text,
/// the clinic, and the article's own crisis text.
public struct CrisisHelp: Sendable, Equatable {
    public let wording: CrisisWording
    public let contacts: [CrisisContact]
    public let clinic: ClinicContact?
    /// The article's `crisis` front matter, sanitized; shown after the contacts.
    public let articleText: String?

    public init(language: String, contacts: CrisisContacts, clinic: ClinicContact?, articleText: String? = nil) {
        wording = CrisisWording(language: language)
        self.contacts = contacts.contacts(for: language)
        self.clinic = clinic
        self.articleText = articleText.map(Sanitizer.clean).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// One sentence per contact, then the clinic (sanitized: they come from pamphlet.yml).
    public var contactLines: [String] {
        contacts.map { Sanitizer.clean(wording.line(for: $0)) } + (clinic.map { [Sanitizer.clean(wording.line(for: $0))] } ?? [])
    }

    /// The help as paragraphs: the intro, then each contact.
    public var paragraphs: [String] { [wording.intro] + contactLines }

    /// The help as one text, for `--json` and the plain reader.
    public var text: String { paragraphs.joined(separator: "\n") }

    /// "Crisis: call/text 988 · emergency 911": the numbers in the fewest words.
    public var shortText: String {
        Sanitizer.clean(wording.shortLead + " " + contacts.map { wording.keptTogether(wording.shortWords(for: $0)) }.joined(separator: " · "))
    }
}

/// What a library knows about crisis help: the phrases that call for it and who to contact.
public struct CrisisSupport: Sendable {
    private var phrases: BuiltOnFirstUse<CrisisDetector>
    public var contacts: CrisisContacts
    public var clinic: ClinicContact?

    /// The phrases that call for help; nil uses the built-in ones, compiled on first use.
    public init(detector: CrisisDetector? = nil, contacts: CrisisContacts = CrisisContacts(),
                clinic: ClinicContact? = nil) {
        phrases = detector.map { BuiltOnFirstUse(ready: $0) } ?? BuiltOnFirstUse { .standard }
        self.contacts = contacts
        self.clinic = clinic
    }

    public var detector: CrisisDetector {
        get { phrases.value }
        set { phrases = BuiltOnFirstUse(ready: newValue) }
    }

    public static let standard = CrisisSupport()

    /// The library's phrases and contacts, with the phrases read and compiled the first time
    /// text is checked (the reader: not before its first screen). A broken file falls back to
    /// the built-in phrases as in `load`, unreported: `check` and the plain commands report it.
    public static func loadingOnFirstUse(libraryDirectory directory: String, config: LibraryConfig) -> CrisisSupport {
        var support = CrisisSupport(contacts: config.crisis, clinic: config.clinic)
        support.phrases = BuiltOnFirstUse { load(libraryDirectory: directory, config: config).0.detector }
        return support
    }

    /// The library's phrases and contacts. A broken or missing crisis-language file falls
    /// back to the built-in phrases (crisis help is never switched off by a typo); its
    /// problems are returned for the caller to report.
    public static func load(libraryDirectory directory: String, config: LibraryConfig,
                            cache: SearchIndexCache = SearchIndexCache()) -> (CrisisSupport, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let compiler = CompiledCrisisLanguageCache(index: cache)
        // The built-in phrases, only when the library has no usable file of its own: kept
        // compiled like a library's, since most libraries have none.
        var detector: CrisisDetector?
        var builtIn: CrisisDetector {
            (try? compiler.compiled(text: CrisisLanguage.builtInText, path: "built-in " + CrisisLanguage.fileName,
                                    library: directory))?.detector ?? .standard
        }
        do {
            if let (text, path) = try CrisisLanguage.text(fromLibrary: directory) {
                let compiled = try compiler.compiled(text: text, path: path, library: directory)
                detector = compiled.detector
                diagnostics += compiled.warnings
            }
        } catch {
            diagnostics += error.diagnostics
            diagnostics.append(Diagnostic(path: FilePath.join(directory, CrisisLanguage.fileName), line: 1, level: .note,
                                          message: "using the built-in crisis phrases instead"))
        }
        return (CrisisSupport(detector: detector ?? builtIn, contacts: config.crisis, clinic: config.clinic), diagnostics)
    }

    /// The help for a text someone typed, or nil when it holds no crisis language. Its
    /// language is the interface's when that is not English (the patient chose it), else
    /// the article's when the phrase is known in it, else the phrase's own.
    public func help(for text: String, preferring language: String? = nil) -> CrisisHelp? {
        let found = detector.matches(in: text)
        guard let first = found.first else { return nil }
        if let interface = Self.chosenInterfaceLanguage { return help(in: interface) }
        let preferred = language.map(CrisisWording.baseLanguage)
        let chosen = found.first { $0.language == preferred }?.language ?? first.language
        return help(in: chosen)
    }

    /// Help in `language` (an article's), or in the interface's when that is not English.
    public func help(in language: String, articleText: String? = nil) -> CrisisHelp {
        CrisisHelp(language: Self.chosenInterfaceLanguage ?? language, contacts: contacts, clinic: clinic, articleText: articleText)
    }

    /// English is also the interface of everyone who chose nothing, so only another language is a choice.
    private static var chosenInterfaceLanguage: String? {
        Localization.language == .english ? nil : Localization.language.code
    }
}
