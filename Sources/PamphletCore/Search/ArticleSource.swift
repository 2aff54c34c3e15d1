/// The file an indexed article was read from, as the index records it: its name in the
/// library folder and the XXH3-64 hash of its bytes at the time.
///
/// Sizes and modification times (`LibraryFingerprint`) say when to rebuild; this says
/// whether the text a result shows is still what the file holds, since a file can be
/// changed, or an index built from an altered copy, with the same size and time.
public struct ArticleSource: Sendable, Equatable {
    public var fileName: String
    public var contentHash: UInt64

    public init(fileName: String, contentHash: UInt64) {
        self.fileName = fileName
        self.contentHash = contentHash
    }

    public init(fileName: String, bytes: [UInt8]) {
        self.init(fileName: fileName, contentHash: Checksum.of(bytes))
    }
}
