#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SyntheticText

// generate-library N DIR: writes N synthetic articles (DIR/article-00001.md ...) plus the
// shipped lexicon format's empty default. Deterministic: the same N gives the same files.
let arguments = CommandLine.arguments
guard arguments.count == 3, let count = Int(arguments[1]), count > 0 else {
    print("usage: generate-library N DIR")
    exit(2)
}
let directory = arguments[2]
mkdir(directory, 0o755)
let vocabulary = SyntheticVocabulary(size: 40_000)
var generator = SeededGenerator(seed: 2024)
for number in 1...count {
    let text = SyntheticArticle.markdown(number: number, vocabulary: vocabulary, using: &generator)
    let name = directory + "/article-" + String(repeating: "0", count: max(0, 5 - String(number).count)) + String(number) + ".md"
    guard let file = fopen(name, "w") else { print("cannot write \(name)"); exit(1) }
    fputs(text, file)
    fclose(file)
}
print("wrote \(count) articles to \(directory)")
