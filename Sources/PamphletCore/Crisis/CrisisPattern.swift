/// One line of the crisis-language file: words that must all be found near each other.
public struct CrisisPattern: Sendable, Equatable {
    /// How one word of a line meets a word someone typed.
    public enum WordForm: Sendable, Equatable {
        /// Any inflection: the two words share a stem in the line's language.
        case anyInflection
        /// This form only (a quoted word).
        case exactly
        /// Any word starting with it (`word*`).
        case prefix
    }

    public struct Word: Sendable, Equatable {
        /// Folded (lowercase, no accents), as the tokenizer folds typed words.
        public var text: String
        public var form: WordForm
    }

    public var words: [Word]
    /// The language whose stemmer compares the words ("en", "es").
    public var language: String
    /// Line of the file it came from, for `check` and for tests.
    public var line: Int
    /// The line as written, less its comment.
    public var source: String

    /// Typed words the line's words may spread over: the words themselves and one more.
    var window: Int { words.count + 1 }
}
