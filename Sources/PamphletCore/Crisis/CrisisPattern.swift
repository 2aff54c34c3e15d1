/// One line of the crisis-language file: one or more phrases (joined by `&`), each of whose
/// words must all be found near each other.
public struct CrisisPattern: Sendable, Equatable {
    /// How one word of a line meets a word someone typed.
    public enum WordForm: Sendable, Equatable, Hashable {
        /// Any inflection: the two words share a stem in the line's language.
        case anyInflection
        /// This form only (a quoted word).
        case exactly
        /// Any word starting with it (`word*`).
        case prefix
    }

    public struct Word: Sendable, Equatable, Hashable {
        /// Folded (lowercase, no accents), as the tokenizer folds typed words.
        public var text: String
        public var form: WordForm
        /// The pronoun of a quoted gerund, split off as typed text is ("matándome" → matando
        /// me): it must come right after the gerund, so that "me está matando" (it is killing
        /// me) is not "matándome". An infinitive's pronoun may move ("me quiero colgar").
        public var joinedToPrevious = false
    }

    /// Words that must lie within one window of the text.
    public struct Phrase: Sendable, Equatable, Hashable {
        public var words: [Word]
        /// `$` after the phrase: its last word must be the last word typed.
        public var endsText: Bool
        /// `! word word` after the phrase: not when the next word typed is one of these
        /// ("quiero desaparecer ! las los" is not "quiero desaparecer las manchas").
        public var notFollowedBy: Set<String> = []

        /// Typed words the phrase's words may spread over: the words themselves and one more.
        var window: Int { words.count + 1 }
    }

    /// Every phrase must be found, each anywhere in the text (`a b & c d`).
    public var phrases: [Phrase]
    /// The language whose stemmer compares the words ("en", "es").
    public var language: String
    /// Line of the file it came from, for `check` and for tests.
    public var line: Int
    /// The line as written, less its comment.
    public var source: String

    var wordCount: Int { phrases.reduce(0) { $0 + $1.words.count } }
}
