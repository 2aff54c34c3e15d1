/// Words too common to say anything about relevance, per language (folded forms).
///
/// They are still indexed and still match, so a query made only of stop words works;
/// they only carry no weight when the query has other words.
enum StopWords {
    static func contains(_ word: String) -> Bool { english.contains(word) || spanish.contains(word) }

    /// Words that nearly every patient question has ("how do I know if", "is it normal",
    /// "what causes"): they count a little, so that the word naming the topic decides.
    static func isBoilerplate(_ word: String) -> Bool {
        englishBoilerplate.contains(word) || spanishBoilerplate.contains(word)
    }

    static let english: Set<String> = Set("""
        a about above after again against all am an and any are as at be because been before
        being below between both but by can could did do does doing down during each few for from
        further had has have having he her here hers herself him himself his how i if in into is it
        its itself just me more most my myself no nor not now of off on once only or other our ours
        ourselves out over own same she should so some such than that the their theirs them
        themselves then there these they this those through to too under until up very was we were
        what when where which while who whom why will with would you your yours yourself yourselves
        s t ll re ve d m get got i'm
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    static let spanish: Set<String> = Set("""
        a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante
        e el ella ellas ellos en entre era es esa esas ese eso esos esta estas este esto estos fue
        ha hay la las le les lo los mas me mi mis mucho muy nada ni no nos o os otra otro para pero
        poco por porque que quien se sea ser si sin sobre su sus tambien te tiene tu tus un una uno
        unos unas y ya yo puedo puede
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}

extension StopWords {
    static let englishBoilerplate: Set<String> = Set("""
        know cause causes caused first time times normal happen happens happened happening mean means
        need needs ok okay thing things way much many tell really still also ever going go goes supposed
        like want anything something someone anyone everything usually usual possible bad good
        better best worse wrong okay kind sort try lot lots whether else next soon hear
        say says said make makes let lets does don doesn isn aren can't won't wont cannot shall may might must
        able
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    static let spanishBoilerplate: Set<String> = Set("""
        saber se sabe puedo puedes pueden podria debo debe deberia debería tengo tiene tienen tener hacer hago
        pasa pasar normal cosa cosas vez veces tiempo primera primer primero despues antes bien mal
        significa quiero necesito necesita mucho mucha muchos cuanto cuanta cuantos cuantas cual cuales
        estar estoy esta estan
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}
