/// Deterministic pseudo-random numbers (SplitMix64), so every run generates the same library.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A vocabulary drawn with Zipf-like frequencies (word of rank r has weight 1 / r^1.07),
/// as in natural text: a few words everywhere, a long tail of rare ones.
public struct SyntheticVocabulary: Sendable {
    public let words: [String]
    private let cumulative: [Double]

    /// Real patient-education words first (they take the frequent ranks), then invented
    /// words made of syllables so that stemming and typo matching see word-like strings.
    public init(size: Int, seed: UInt64 = 42) {
        var generator = SeededGenerator(seed: seed)
        let common = """
            the of and to a in is for that with your you may be are or as can it this on your care \
            treatment doctor health blood pain medicine patient therapy session symptoms risk effects \
            side hours days weeks body sleep diet exercise heart pressure sugar infection surgery \
            recovery nurse appointment dose tablet injection fever wound breathing anxiety depression \
            clinic test results follow feel help daily water rest week before after during normal
            """.split(separator: " ").map(String.init)
        let syllables = ["ka", "to", "mi", "ra", "ne", "lo", "sa", "ti", "po", "ver", "an", "ex", "gli", "tro",
                         "fen", "dol", "pra", "zin", "cor", "mal", "ser", "bu", "dia", "ple", "ost", "um", "gen", "ite"]
        var seen = Set(common)
        var words = common
        while words.count < size {
            let count = Int.random(in: 2...4, using: &generator)
            let word = (0..<count).map { _ in syllables.randomElement(using: &generator)! }.joined()
            if seen.insert(word).inserted { words.append(word) }
        }
        self.words = words
        var total = 0.0
        cumulative = words.indices.map { rank in
            total += 1 / pow(Double(rank + 1), 1.07)
            return total
        }
    }

    /// A word drawn with its Zipf frequency.
    public func word(using generator: inout SeededGenerator) -> String {
        let target = Double.random(in: 0..<cumulative[cumulative.count - 1], using: &generator)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return words[low]
    }

    public func sentence(words count: Int, using generator: inout SeededGenerator) -> String {
        let text = (0..<count).map { _ in word(using: &generator) }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }
}

private func pow(_ base: Double, _ exponent: Double) -> Double {
    // exp(exponent * ln(base)) without Foundation.
    var result = 1.0, term = 1.0
    let x = exponent * naturalLog(base)
    for n in 1..<30 { term *= x / Double(n); result += term }
    return result
}

private func naturalLog(_ value: Double) -> Double {
    // ln(v) = 2 artanh((v - 1) / (v + 1)), converging for every positive v.
    let y = (value - 1) / (value + 1), y2 = y * y
    var sum = 0.0, power = y
    for n in stride(from: 1, through: 199, by: 2) { sum += power / Double(n); power *= y2 }
    return 2 * sum
}
