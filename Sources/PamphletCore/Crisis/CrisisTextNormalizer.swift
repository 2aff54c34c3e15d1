/// The words of a text as the crisis phrases expect them: folded like search folds them,
/// with contractions and texting shorthand spelled out ("can't" → can not, "dont" → do not,
/// "wanna" → want to, "2" → to, "kms" → kill myself; Spanish "q"/"k" → que, "pa" → para).
/// Typed this way, one phrase ("not want live") meets "I don't want to live", "i dont
/// wanna live" and "i do not want 2 live".
enum CrisisTextNormalizer {
    static func words(in text: String) -> [String] { normalize(Tokenizer.words(in: text)) }

    /// Folded words with contractions and shorthand spelled out.
    static func normalize(_ folded: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(folded.count)
        for word in folded {
            // The "t" of "can't", "don't", "won't"... after its apostrophe split it off.
            if word == "t", let previous = out.last, let full = negatedStems[previous] {
                out[out.count - 1] = full
                out.append("not")
                continue
            }
            // "I'm", "I've", "I'd", "I'll": the letter after the apostrophe.
            if out.last == "i", let spelled = afterI[word] {
                out.append(spelled)
                continue
            }
            if let expansion = shorthand[word] { out += expansion } else { out.append(word) }
        }
        return out
    }

    /// Words whose "n't" form splits into the word and "t", and the word spelled out.
    private static let negatedStems: [String: String] = [
        "can": "can", "don": "do", "won": "will", "didn": "did", "doesn": "does", "isn": "is", "wasn": "was",
        "aren": "are", "wouldn": "would", "couldn": "could", "shouldn": "should", "haven": "have", "ain": "am",
    ]

    private static let afterI: [String: String] = ["m": "am", "ve": "have", "d": "would", "ll": "will"]

    private static let shorthand: [String: [String]] = [
        // English contractions written without the apostrophe.
        "cant": ["can", "not"], "cannot": ["can", "not"], "dont": ["do", "not"], "wont": ["will", "not"],
        "didnt": ["did", "not"], "doesnt": ["does", "not"], "isnt": ["is", "not"], "wasnt": ["was", "not"],
        "im": ["i", "am"], "ive": ["i", "have"], "idk": ["i", "do", "not", "know"],
        // Texting.
        "wanna": ["want", "to"], "gonna": ["going", "to"], "gotta": ["got", "to"], "wnt": ["want"], "wnat": ["want"],
        "2": ["to"], "4": ["for"], "u": ["you"], "ur": ["your"], "bc": ["because"], "cuz": ["because"],
        "kms": ["kill", "myself"], "rn": ["right", "now"], "ppl": ["people"], "nvm": ["never", "mind"],
        // Spanish texting.
        "q": ["que"], "k": ["que"], "ke": ["que"], "pa": ["para"], "xq": ["porque"], "pq": ["porque"],
        "x": ["por"], "tb": ["tambien"], "tmb": ["tambien"], "kiero": ["quiero"],
    ]
}
