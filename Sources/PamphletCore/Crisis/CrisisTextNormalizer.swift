/// The words of a text as the crisis phrases expect them: folded like search folds them,
/// with contractions and texting shorthand spelled out ("can't" → can not, "dont" → do not,
/// "wanna" → want to, "2" → to, "kms" → kill myself, "nobody" → no one; Spanish "q"/"k" →
/// que, "pa" → para), split compounds joined ("over dose", "sobre dosis"), and, for the
/// Spanish phrases, a pronoun joined to its verb set apart ("matarme" → matar me,
/// "cortándome" → cortando me). Typed this way, one phrase ("not want live") meets "I don't
/// want to live", "i dont wanna live" and "i do not want 2 live", and "me quiero matar"
/// meets "quiero matarme".
enum CrisisTextNormalizer {
    static func words(in text: String, language: String) -> [String] {
        normalize(Tokenizer.words(in: text), language: language)
    }

    /// Folded words with contractions and shorthand spelled out.
    static func normalize(_ folded: [String], language: String) -> [String] {
        var out: [String] = []
        out.reserveCapacity(folded.count)
        var previous: String?   // the word before, as typed
        for word in folded {
            let typedBefore = previous
            previous = word
            // The "t" of "can't", "don't", "won't"... after its apostrophe split it off.
            if word == "t", let last = out.last, let full = negatedStems[last] {
                out[out.count - 1] = full
                out.append("not")
                continue
            }
            // "I'm", "I've", "I'd", "I'll": the letter after the apostrophe.
            if out.last == "i", let spelled = afterI[word] {
                out.append(spelled)
                continue
            }
            // "w/o": without.
            if typedBefore == "w", word == "o", out.last == "w" {
                out[out.count - 1] = "without"
                continue
            }
            // "OD'd", "OD'ed": the past of "od" (overdose).
            if typedBefore == "od", word == "d" || word == "ed" {
                out[out.count - 1] = "overdosed"
                continue
            }
            // "over dose", "sobre dosis": one word split in two.
            if let first = typedBefore, let last = out.last, last == first,
               let seconds = splitCompounds[first], seconds.contains(word) {
                out.removeLast()
                out += shorthand[first + word] ?? [first + word]   // "sewer slide" is "sewerslide" is suicide
                continue
            }
            if let expansion = shorthand[word] { out += expansion } else { out.append(word) }
        }
        guard language == "es" else { return out }
        return out.flatMap(splittingSpanishPronouns)
    }

    /// "matarme" → ["matar", "me"], "quitármela" → ["quitar", "me", "la"], "irme" → ["ir", "me"]:
    /// an infinitive or gerund with the pronouns Spanish joins to it. Only a verb ending
    /// (-ar, -er, -ir of at least five letters, "ir" itself, or -ando, -iendo, -yendo) is
    /// split, so "muerte", "parte" and "suerte" stay whole.
    static func splittingSpanishPronouns(_ word: String) -> [String] {
        for first in spanishPronouns where word.hasSuffix(first) {
            let rest = String(word.dropLast(first.count))
            if isSpanishVerbForm(rest) { return [rest, first] }
            for second in spanishPronouns where rest.hasSuffix(second) {
                let verb = String(rest.dropLast(second.count))
                if isSpanishVerbForm(verb) { return [verb, second, first] }
            }
        }
        return [word]
    }

    private static func isSpanishVerbForm(_ word: String) -> Bool {
        if word == "ir" { return true }
        if ["ando", "iendo", "yendo"].contains(where: { word.hasSuffix($0) }) { return word.count >= 5 }
        return word.count >= 5 && ["ar", "er", "ir"].contains(where: { word.hasSuffix($0) })
    }

    /// Longest first, so "los" is tried before "lo".
    private static let spanishPronouns = ["nos", "los", "las", "les", "me", "te", "se", "lo", "la", "le"]

    /// Words whose "n't" form splits into the word and "t", and the word spelled out.
    private static let negatedStems: [String: String] = [
        "can": "can", "don": "do", "won": "will", "didn": "did", "doesn": "does", "isn": "is", "wasn": "was",
        "aren": "are", "wouldn": "would", "couldn": "could", "shouldn": "should", "haven": "have", "ain": "am",
    ]

    private static let afterI: [String: String] = ["m": "am", "ve": "have", "d": "would", "ll": "will"]

    /// A word typed as two: the first, and the seconds that join it.
    private static let splitCompounds: [String: Set<String>] = [
        "over": ["dose", "dosed", "doses", "dosing"], "sobre": ["dosis"], "un": ["alive"], "sewer": ["slide"],
    ]

    private static let shorthand: [String: [String]] = [
        // English contractions written without the apostrophe.
        "cant": ["can", "not"], "cannot": ["can", "not"], "dont": ["do", "not"], "wont": ["will", "not"],
        "didnt": ["did", "not"], "doesnt": ["does", "not"], "isnt": ["is", "not"], "wasnt": ["was", "not"],
        "im": ["i", "am"], "ive": ["i", "have"], "id": ["i", "would"], "idk": ["i", "do", "not", "know"],
        // "Nobody" and "no one" say the same; texting spells them "no1", "noone".
        "nobody": ["no", "one"], "noone": ["no", "one"], "no1": ["no", "one"],
        // Texting.
        "wanna": ["want", "to"], "wana": ["want", "to"], "gonna": ["going", "to"], "gotta": ["got", "to"],
        "wnt": ["want"], "wnat": ["want"], "b": ["be"], "wuz": ["was"], "liv": ["live"], "ths": ["this"],
        "abt": ["about"], "2": ["to"], "4": ["for"], "u": ["you"], "ur": ["your"], "bc": ["because"],
        "cuz": ["because"], "kms": ["kill", "myself"], "kys": ["kill", "yourself"], "od": ["overdose"],
        "rn": ["right", "now"], "ppl": ["people"], "nvm": ["never", "mind"],
        "wud": ["would"], "wld": ["would"], "nite": ["night"], "tmrw": ["tomorrow"], "tmr": ["tomorrow"],
        "tmrrw": ["tomorrow"], "2moro": ["tomorrow"], "lfie": ["life"], "lyf": ["life"],
        // "Sewerslide" and "unalive": words made up to get past filters that block "suicide".
        "sewerslide": ["suicide"], "sooicide": ["suicide"],
        // Spanish texting.
        "q": ["que"], "k": ["que"], "ke": ["que"], "pa": ["para"], "xq": ["porque"], "pq": ["porque"],
        "x": ["por"], "tb": ["tambien"], "tmb": ["tambien"], "kiero": ["quiero"],
    ]
}
