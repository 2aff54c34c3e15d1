import SyntheticText

/// Queries like a patient's: one to three words drawn with the library's own word
/// frequencies, a quarter with a typo (a swapped, dropped or changed letter in a word of
/// five letters or more), a fifth with the last word cut short as when typing.
enum BenchmarkQueries {
    struct Query { var text: String; var hasTypo: Bool }

    static func make(count: Int) -> [Query] {
        let vocabulary = SyntheticVocabulary(size: 40_000)
        var generator = SeededGenerator(seed: 7)
        return (0..<count).map { _ in
            var words = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                // Mix frequent words with the rarer ones people search for.
                Bool.random(using: &generator) ? vocabulary.word(using: &generator)
                    : vocabulary.words[Int.random(in: 0..<vocabulary.words.count, using: &generator)]
            }
            var hasTypo = false
            if Int.random(in: 0..<4, using: &generator) == 0, let target = words.indices.first(where: { words[$0].count >= 5 }) {
                words[target] = misspell(words[target], using: &generator)
                hasTypo = true
            }
            if Int.random(in: 0..<5, using: &generator) == 0, let last = words.last, last.count > 3 {
                words[words.count - 1] = String(last.prefix(last.count - 2))
            }
            return Query(text: words.joined(separator: " "), hasTypo: hasTypo)
        }
    }

    private static func misspell(_ word: String, using generator: inout SeededGenerator) -> String {
        var letters = Array(word)
        let position = Int.random(in: 1..<(letters.count - 1), using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: letters.swapAt(position, position + 1)
        case 1: letters.remove(at: position)
        default: letters[position] = letters[position] == "e" ? "a" : "e"
        }
        return String(letters)
    }
}
