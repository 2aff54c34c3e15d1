import Testing
@testable import PamphletCore

/// The detector on the issue's own examples and on near-misses written beside them; the
/// independent evaluation set is run by CrisisEvaluationTests.
struct CrisisDetectorTests {
    let detector = CrisisDetector.standard

    /// The issue's must-trigger phrases, then the same through case, accents, typos,
    /// inflections, word order and a word in between.
    static let mustTrigger: [String] = [
        // The issue's list, as written.
        "kill myself", "killing myself", "want to die", "end my life", "ending it all", "suicide", "suicidal",
        "overdose", "took too many pills", "hurt myself", "cutting myself", "better off without me",
        "no reason to live", "quiero morir", "suicidarme", "quitarme la vida", "no quiero vivir",
        "I want to kill myself", "search suicide", "overdose on my pills", "everyone would be better off without me",
        "I can't go on", "me quiero suicidar", "I have thoughts of self harm",
        // Case and accents.
        "I WANT TO DIE", "Suicide", "SUICIDIO", "quitarme la vída", "No Quiero Vivir",
        // Typos (one from 5 letters, two from 9; a swap counts as one).
        "sucide", "suicdal", "i want to kill mysefl", "overdoes on pills", "ovredose", "no quiero vivri",
        "quiero morri", "suicidarem", "thinking about sucicide", "cuttting myself", "hurt mysef",
        // Inflections.
        "I keep hurting myself", "thinking of ending my life", "she overdosed", "I harmed myself",
        "me quiero morir", "quiero morirme", "se quiso suicidar", "quitarse la vida",
        // Word order and a word in between.
        "I want my life to end", "end my own life", "I just want to die", "I really want to die",
        "no quiero seguir viviendo", "ya no quiero vivir", "I want to end it all",
        // Said other ways.
        "I wish I was dead", "I don't want to live anymore", "dont want to be alive",
        "nothing to live for", "I'm a burden to everyone", "self-harm", "selfharm",
        "took all my pills", "tomé demasiadas pastillas", "sobredosis", "estarían todos mejor sin mí",
        "no vale la pena vivir", "no tengo razón para vivir", "hacerme daño", "I want to disappear forever",
        "I can't take it anymore", "I can't go on anymore", "hope I never wake up", "unalive myself",
        // Written by the team after the held-out half was first measured (it was not read).
        "thinking of taking my life", "i wish i wasn't alive", "i wish i had never been born",
        "i have no will to live", "whats the point of living", "tired of being alive",
        "i've been cutting again", "i want to end everything", "no point living anymore",
        "quisiera no despertar", "me corto los brazos", "no tengo ganas de vivir", "soy un estorbo",
    ]

    /// Ordinary health questions with risky-looking words: the issue's, then more of the same kind.
    static let mustNotTrigger: [String] = [
        "painkiller side effects", "dead skin after a burn", "how long does a migraine attack last",
        "my knee is killing me", "me muero de hambre",
        "how long is a session", "side effects of ketamine", "can ketamine therapy help depression",
        "is ketamine safe", "how much does it cost", "what does ketamine feel like",
        "can I drive home after the session", "how do I clean a cut on my finger", "I cut my finger cooking",
        "dying hair after chemo", "hair dye allergy", "the pain is killing me", "my back is killing me",
        "what is the lethal dose of caffeine in coffee", "heart attack symptoms", "panic attack what to do",
        "dead tooth treatment", "how to kill lice", "kill bacteria on a wound", "does alcohol kill germs",
        "dose of ibuprofen for a child", "missed a dose of my pills", "how many pills in a pack",
        "side effects of sleeping pills", "can I take two pills of tylenol", "how to take care of my feet",
        "end of treatment what to expect", "how to live with diabetes", "life expectancy with diabetes",
        "can I live a normal life with diabetes", "is it worth trying ketamine", "is the cost worth it",
        "I feel tired all the time", "I want to lose weight", "I want to stop smoking",
        "I want to sleep better", "I want to quit drinking", "cut down on sugar",
        "me duele la cabeza", "me muero de sueño", "me muero de frío", "me mata el dolor de espalda",
        "cuándo puedo ducharme", "cómo cuidar la herida", "cuando me quitan los puntos",
        "tengo que tomar pastillas para la presión", "efectos secundarios de la insulina",
        "puedo vivir una vida normal con diabetes", "quiero bajar de peso", "quiero dejar de fumar",
        "no puedo dormir", "la herida me duele mucho", "que pasa si olvido una dosis",
        "burn on my hand from the stove", "skin cut from shaving", "blood test results",
        "depression treatment options", "anxiety before a procedure", "what if I miss a session",
        "can I die from a colonoscopy", "my mother passed away last year", "grief after a death in the family",
        "the drug is a killer for pain", "killer headache", "I'm dying to know the results",
        "this heat is killing me", "dead tired after work", "deadline stress at work",
        "end of life care for my father", "my life changed after surgery",
        "shooting pain in my leg", "hanging my arm in a sling", "cutting back on coffee",
        // Beside the phrases added from the team's own list ("take my life", "will to live", ...).
        "how to take my pills with food", "i feel like i'm getting a cold", "life after ketamine therapy",
        "no quiero tomar más pastillas", "me corté con un cuchillo cocinando", "quiero dormir mejor",
        "i'm dying for a coffee", "my phone is dead", "can i die my hair after treatment",
    ]

    @Test("every must-trigger phrase shows crisis help", arguments: mustTrigger)
    func triggers(_ phrase: String) {
        #expect(detector.firstMatch(in: phrase) != nil, "no crisis help for \"\(phrase)\"")
    }

    @Test("no ordinary question shows crisis help", arguments: mustNotTrigger)
    func staysQuiet(_ phrase: String) {
        let match = detector.firstMatch(in: phrase)
        #expect(match == nil, "\"\(phrase)\" matched line \(match?.pattern.line ?? 0): \(match?.pattern.source ?? "")")
    }

    /// The second round's general rules, each with a distress phrase it catches and a
    /// near-miss it must leave alone (written for these tests, not taken from the sets).
    static let generalRules: [(rule: String, catches: String, spares: String)] = [
        ("a Spanish pronoun joined to its verb is set apart", "quiero colgarme", "quiero colgar un cuadro"),
        ("the pronoun may come before or after the verb", "me quiero suicidar hoy", "me quiero ir a mi casa"),
        ("a word that only ends like a verb stays whole", "pienso en la muerte todo el dia", "la muerte de mi papá"),
        ("nobody, no1 and noone are no one", "no1 would even miss me", "nobody told me my results"),
        ("od and OD'd are overdose", "i OD'd last night", "odd rash on my arm"),
        ("a word split in two is joined", "me tomé una sobre dosis", "dosis de la pastilla para la presión"),
        ("a dropped i before ng is forgiven", "thinkng of endng my life", "thinkng of ending my treatment early"),
        ("y for i between consonants is forgiven", "i want to end my lyfe", "my gym membership ended"),
        ("a stem typo keeps its first letter", "how many pills would kill me", "my feet are killing me after my shift"),
        ("how many would kill me, not an idiom beside pills", "how much tylenol would kill me", "my head is killing me, can i take pills"),
        ("a short word is no stem typo from a long one", "tomé muchas pastillas para morir", "me tomé dos pastillas por error"),
        ("! rules out an object after the verb", "quiero desaparecer", "quiero desaparecer las arrugas"),
        ("! keeps cutting with no object", "volví a cortarme anoche", "quiero cortarme el pelo"),
        ("! keeps want to cut with no object", "i want to cut so bad", "i want to cut down on sugar"),
        ("! keeps dye with no object", "i want to dye", "i want to dye my hair red"),
        ("! keeps taking my life without back", "i'm thinking of taking my life", "taking my life back after cancer"),
        ("passive wishes not to wake up", "i wish i could sleep and not wake up", "will i wake up during surgery"),
        ("would rather be dead", "honestly i'd rather be dead", "my father is dying, how do i cope"),
        ("ingesting on purpose", "i swallowed my pills on purpose", "i took the day off on purpose"),
        ("ya no puedo alone, not with a verb after it", "ya no puedo", "ya no puedo comer picante"),
        ("no aguanto la vida, not another thing", "ya no aguanto la vida", "ya no aguanto el calor"),
        // The third round's (dev2 set), each written here, not taken from the set.
        ("a quoted gerund keeps its pronoun after it", "estoy matándome poco a poco", "la espalda me está matando"),
        ("an infinitive's pronoun may still move", "me quiero colgar", "quiero colgar la ropa"),
        ("w/o is without, wud is would", "every1 wud be better off w/o me", "better off w/o sugar in my coffee?"),
        ("texting spellings of tomorrow and night", "i'll be dead by tmrw", "will i be sore by tmrw after the shot"),
        ("a filter-dodging word for suicide", "thinking about sewer slide", "sewer smell in the bathroom"),
        ("means asked about for oneself", "what would be a lethal dose for me", "is ketamine lethal at anesthetic doses"),
        ("self-injury on purpose, without myself", "i burned my hand on purpose", "i burned my hand on the stove"),
        ("not keep going, unless somewhere follows", "i don't want to keep going", "i don't want to keep going to the gym"),
        ("saving pills up, in Spanish", "estoy juntando pastillas", "estoy juntando dinero para la cirugía"),
        ("a stem typo does not make tomar todas", "quiero tomar todas mis pastillas", "puedo tomar mis pastillas con jugo"),
    ]

    @Test("each general rule catches its distress phrase and spares its near-miss", arguments: generalRules)
    func generalRule(_ rule: String, _ catches: String, _ spares: String) {
        #expect(detector.firstMatch(in: catches) != nil, "\(rule): no crisis help for \"\(catches)\"")
        let match = detector.firstMatch(in: spares)
        #expect(match == nil, "\(rule): \"\(spares)\" matched line \(match?.pattern.line ?? 0): \(match?.pattern.source ?? "")")
    }

    @Test func spanishPronounsAreSetApartFromVerbsOnly() {
        #expect(CrisisTextNormalizer.splittingSpanishPronouns("matarme") == ["matar", "me"])
        #expect(CrisisTextNormalizer.splittingSpanishPronouns("quitarmela") == ["quitar", "me", "la"])
        #expect(CrisisTextNormalizer.splittingSpanishPronouns("cortandome") == ["cortando", "me"])
        #expect(CrisisTextNormalizer.splittingSpanishPronouns("irme") == ["ir", "me"])
        for word in ["muerte", "parte", "suerte", "fuerte", "firme", "perla", "noche"] {
            #expect(CrisisTextNormalizer.splittingSpanishPronouns(word) == [word])
        }
        // Only the Spanish phrases read English words this way.
        #expect(CrisisTextNormalizer.normalize(["adverse"], language: "en") == ["adverse"])
    }

    @Test func aRuledOutWordOnlyNarrowsItsOwnLine() throws {
        let language = try CrisisLanguage(parsing: "[es]\nquiero desaparecer ! las\nlas manchas & quiero\n")
        let narrow = CrisisDetector(language)
        #expect(narrow.firstMatch(in: "quiero desaparecer")?.pattern.line == 2)
        // The first line is ruled out; the second still matches: help is never taken away.
        #expect(narrow.firstMatch(in: "quiero desaparecer las manchas")?.pattern.line == 3)
        // In any order, the word after the phrase's last word is the one ruled out.
        #expect(narrow.firstMatch(in: "desaparecer quiero las") == nil)
        #expect(narrow.firstMatch(in: "desaparecer quiero ya")?.pattern.line == 2)
    }

    @Test func languageOfTheMatchIsReported() {
        #expect(detector.firstMatch(in: "no quiero vivir")?.language == "es")
        #expect(detector.firstMatch(in: "I want to die")?.language == "en")
    }

    @Test func wordsMustLieWithinOneExtraWord() {
        // "end ... my ... life" spread over too many words is not the phrase.
        let language = try! CrisisLanguage(parsing: "[en]\nend my life\n")
        let narrow = CrisisDetector(language)
        #expect(narrow.firstMatch(in: "end my own life") != nil)
        #expect(narrow.firstMatch(in: "my life to end") != nil)
        #expect(narrow.firstMatch(in: "at the end of the day my life is good") == nil)
    }
}
