import Testing
import CCmarkGFM
import CStemmer
@testable import PamphletCore

@Test func systemLibrariesLink() {
    cmark_gfm_core_extensions_ensure_registered()
    #expect(cmark_find_syntax_extension("table") != nil)
    let stemmer = sb_stemmer_new("english", nil)
    #expect(stemmer != nil)
    sb_stemmer_delete(stemmer)
}
