/// Words too common to say anything about relevance, per language (folded forms).
///
/// They are still indexed and still match, so a query made only of stop words works;
/// they only carry no weight when the query has other words.
enum StopWords {
    static func contains(_ word: String) -> Bool { english.contains(word) || spanish.contains(word) }

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
