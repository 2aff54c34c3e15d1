/// Counts English syllables by spelling, the way readability tools do
/// (no dictionary): the number of vowel groups, adjusted by a few rules.
///
/// The rules, in order:
/// 1. Lowercase; keep letters only. A word without letters has 0 syllables.
/// 2. Words of three letters or fewer have 1 syllable ("the", "cat", "eye").
/// 3. Drop a final silent "e" ("make" -> "mak"), except after a consonant + "l"
///    ("table", "little" keep their "-le" syllable), and drop "es"/"ed" endings
///    that are silent ("hopes", "jumped"), but not after "t"/"d" in "-ed"
///    ("wanted") or after s/x/z/ch/sh in "-es" ("boxes").
/// 4. Count groups of consecutive vowels (a e i o u y); "y" at the start of a
///    word is a consonant ("yes").
/// 5. Add one for a vowel pair that is usually two syllables: "ia", "io" after
///    a consonant other than c/s/t/g ("piano", "idiot", but not "nation", "special").
/// 6. Every word has at least 1 syllable.
public enum SyllableCounter {
    public static func count(_ word: some StringProtocol) -> Int {
        var letters = Array(word.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic })
        if letters.isEmpty { return 0 }
        if letters.count <= 3 { return 1 }

        func isVowel(_ s: Unicode.Scalar) -> Bool { "aeiouyáéíóúü".unicodeScalars.contains(s) }
        let n = letters.count
        if letters[n - 1] == "e" {
            let consonantL = n >= 3 && letters[n - 2] == "l" && !isVowel(letters[n - 3])
            if !consonantL { letters.removeLast() }
        } else if n >= 4, letters[n - 1] == "d", letters[n - 2] == "e", !["t", "d"].contains(letters[n - 3]) {
            letters.removeLast(2)
        } else if n >= 4, letters[n - 1] == "s", letters[n - 2] == "e" {
            let sibilant = ["s", "x", "z"].contains(letters[n - 3])
                || (letters[n - 3] == "h" && ["c", "s"].contains(letters[n - 4]))
            let softCG = ["c", "g"].contains(letters[n - 3])
            if !sibilant && !softCG { letters.removeLast(2) }
        }

        var groups = 0
        var previousWasVowel = false
        for (i, s) in letters.enumerated() {
            let vowel = isVowel(s) && !(s == "y" && i == 0)
            if vowel && !previousWasVowel { groups += 1 }
            previousWasVowel = vowel
        }
        for i in 1..<max(1, letters.count - 1) where letters[i] == "i" && ["a", "o"].contains(letters[i + 1]) {
            if !isVowel(letters[i - 1]) && !["c", "s", "t", "g"].contains(letters[i - 1]) { groups += 1 }
        }
        return max(1, groups)
    }
}
