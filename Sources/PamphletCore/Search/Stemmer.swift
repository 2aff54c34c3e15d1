import CStemmer

/// A Snowball stemmer for one language, through libstemmer.
///
/// libstemmer's stemmer objects keep state between calls, so a `Stemmer` is a class that
/// is deliberately not `Sendable`: each index build and each query owns its own.
final class Stemmer {
    /// Language code as given (e.g. "en", "es-MX"); `nil` stemmer means "no stemming".
    let language: String
    private let handle: OpaquePointer?
    private var memo: [String: String] = [:]

    init(language: String) {
        self.language = language
        let code = Stemmer.baseLanguage(language)
        handle = code.withCString { sb_stemmer_new($0, nil) }
    }

    deinit { if let handle { sb_stemmer_delete(handle) } }

    /// The stem of a folded word; the word itself when the language has no stemmer.
    func stem(_ word: String) -> String {
        guard let handle else { return word }
        if let known = memo[word] { return known }
        var bytes = Array(word.utf8)
        let stem: String = bytes.withUnsafeMutableBufferPointer { buffer in
            guard let result = sb_stemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
        if memo.count < 100_000 { memo[word] = stem }
        return stem
    }

    /// "es-MX" -> "es"; libstemmer knows ISO 639-1 codes as aliases ("en", "es", ...).
    static func baseLanguage(_ language: String) -> String {
        let lowered = language.lowercased()
        return String(lowered.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "en")
    }
}

/// One stemmer per language, created on first use.
final class StemmerSet {
    private var stemmers: [String: Stemmer] = [:]

    func stemmer(for language: String) -> Stemmer {
        let key = Stemmer.baseLanguage(language)
        if let existing = stemmers[key] { return existing }
        let created = Stemmer(language: key)
        stemmers[key] = created
        return created
    }
}
