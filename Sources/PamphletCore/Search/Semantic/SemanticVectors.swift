/// The passage vectors of a library's documents, kept beside the search index
/// (`semantic-<hash of the library path>.bin`), keyed by the XXH3 of each passage's text:
/// an index rebuilt after one article changed keeps every other document's vector, and a
/// document whose text changed has none until `pamphlet index` encodes it again.
///
/// Each vector is stored as 8-bit integers with one scale (384 bytes a document): the
/// cosine it gives differs from the full vector's by well under the gaps that rank.
///
///     a `StampedCacheFile` of magic "PMPHLSEM", stamped with the XXH3 of the model ID;
///     body: dimension varint, count varint, count sorted u64 hashes, count f32 scales,
///     count x dimension i8 values.
public struct SemanticVectors: Sendable, Equatable {
    static let magic: [UInt8] = Array("PMPHLSEM".utf8)
    static let version: UInt32 = 1

    public let modelID: String
    public let dimension: Int
    /// The fingerprint of the index these vectors were last made for: when it is the
    /// current index's, every document has its vector and nothing needs hashing.
    public internal(set) var indexFingerprint: UInt64 = 0
    private var hashes: [UInt64] = []
    private var scales: [Float] = []
    private var values: [Int8] = []

    public var count: Int { hashes.count }

    init(modelID: String, dimension: Int, entries: [(hash: UInt64, vector: [Float])]) {
        self.modelID = modelID
        self.dimension = dimension
        var seen = Set<UInt64>()
        let unique = entries.filter { $0.vector.count == dimension && seen.insert($0.hash).inserted }
        for entry in unique.sorted(by: { $0.hash < $1.hash }) {
            let largest = entry.vector.reduce(0) { max($0, abs($1)) }
            let scale = largest > 0 ? largest / 127 : 1
            hashes.append(entry.hash)
            scales.append(scale)
            values.append(contentsOf: entry.vector.map { Int8(($0 / scale).rounded()) })
        }
    }

    /// Where the vector of the passage with `hash` is, if there is one.
    func slot(of hash: UInt64) -> Int? {
        var low = 0, high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < hashes.count && hashes[low] == hash ? low : nil
    }

    /// The cosine of a unit query vector with the stored unit vector at `slot`.
    func cosine(_ query: [Float], slot: Int) -> Double {
        let start = slot * dimension
        var sum: Float = 0
        for offset in 0..<dimension { sum += query[offset] * Float(values[start + offset]) }
        return Double(sum * scales[slot])
    }

    /// The vector at `slot` as stored (re-encoding it gives the same bytes).
    func vector(slot: Int) -> [Float] {
        let start = slot * dimension
        return (0..<dimension).map { Float(values[start + $0]) * scales[slot] }
    }

    func hash(slot: Int) -> UInt64 { hashes[slot] }

    func encoded() -> [UInt8] {
        var body = ByteWriter()
        body.u64(indexFingerprint)
        body.varint(UInt64(dimension))
        body.varint(UInt64(count))
        for hash in hashes { body.u64(hash) }
        for scale in scales { body.f32(scale) }
        body.raw(values.lazy.map { UInt8(bitPattern: $0) })
        return StampedCacheFile.framed(body, magic: Self.magic, version: Self.version,
                                       sourceHash: Checksum.of(Array(modelID.utf8)))
    }

    /// The vectors in `bytes` if they were made by `modelID`; throws on any damage.
    static func decoded(_ bytes: UnsafeRawBufferPointer, modelID: String) throws(SearchIndexError) -> SemanticVectors {
        let body = try StampedCacheFile.body(of: bytes, magic: magic, version: version,
                                             sourceHash: Checksum.of(Array(modelID.utf8)))
        let fingerprint = try body.u64(0)
        var offset = 8
        let dimension = Int(try body.varint(&offset))
        let count = try body.boundedCount(&offset)
        guard dimension > 0, dimension <= 4_096, offset + count * (8 + 4 + dimension) == body.count else {
            throw .corrupt("semantic vectors' size")
        }
        var vectors = SemanticVectors(modelID: modelID, dimension: dimension, entries: [])
        vectors.indexFingerprint = fingerprint
        vectors.hashes.reserveCapacity(count)
        for index in 0..<count { vectors.hashes.append(try body.u64(offset + 8 * index)) }
        offset += 8 * count
        for index in 0..<count { vectors.scales.append(try body.f32(offset + 4 * index)) }
        offset += 4 * count
        let raw = try body.slice(offset, count * dimension).buffer
        vectors.values = raw.map { Int8(bitPattern: $0) }
        guard zip(vectors.hashes, vectors.hashes.dropFirst()).allSatisfy({ $0 < $1 }) else { throw .corrupt("semantic vectors' order") }
        return vectors
    }

    /// Vectors for every document of `index`: those of `old` whose passage is unchanged,
    /// the rest encoded now (`progress` is told how many of how many are done). Nil when
    /// more than `limit` need encoding, or the encoder fails.
    static func refreshed(for index: SearchIndex, encoder: any SentenceEncoder, reusing old: SemanticVectors?,
                          encodingAtMost limit: Int = .max,
                          progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws(SearchIndexError) -> (vectors: SemanticVectors, encoded: Int)? {
        let passages = try SemanticPassage.passages(of: index)
        let reusable = old?.modelID == encoder.modelID ? old : nil
        var entries: [(hash: UInt64, vector: [Float])] = []
        var missing: [(text: String, hash: UInt64)] = []
        var queued = Set<UInt64>()
        for passage in passages {
            if let reusable, let slot = reusable.slot(of: passage.hash) {
                entries.append((passage.hash, reusable.vector(slot: slot)))
            } else if queued.insert(passage.hash).inserted {
                missing.append(passage)
            }
        }
        guard missing.count <= limit else { return nil }
        let batch = 8
        for start in stride(from: 0, to: missing.count, by: batch) {
            progress(start, missing.count)
            let part = missing[start..<min(start + batch, missing.count)]
            guard let vectors = encoder.embed(passages: part.map(\.text)), vectors.count == part.count else { return nil }
            for (passage, vector) in zip(part, vectors) { entries.append((passage.hash, vector)) }
        }
        progress(missing.count, missing.count)
        var vectors = SemanticVectors(modelID: encoder.modelID, dimension: encoder.dimension, entries: entries)
        vectors.indexFingerprint = index.fingerprint
        return (vectors, missing.count)
    }
}
