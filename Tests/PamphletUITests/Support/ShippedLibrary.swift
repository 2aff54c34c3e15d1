import Foundation
import PamphletCore
@testable import PamphletUI

extension Fixtures {
    /// The library shipped in Articles/ (with its lexicon), for scripts that search real text.
    static let shippedDirectory = directory.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Articles").path

    static let shippedLibrary: Library = {
        do {
            return try LibraryLoader().load(directory: shippedDirectory)
        } catch {
            fatalError("shipped library does not load: \(error)")
        }
    }()

    static let shippedSearch: ReaderSearch = {
        do {
            return .engine(SearchEngine(articles: shippedLibrary.articles,
                                        lexicon: try Lexicon.load(fromLibrary: shippedDirectory)))
        } catch {
            fatalError("shipped lexicon does not load: \(error)")
        }
    }()
}
