/// Turns text into a unit vector whose dot product with another says how close the two
/// are in meaning: what bridges a patient's words to an article's when they share none
/// ("a thread came loose from my cut" and "What if a stitch comes out early?").
///
/// Queries and passages are encoded differently (the model was trained with a prefix for
/// each); vectors of one encoder are comparable only with vectors of the same `modelID`.
public protocol SentenceEncoder: Sendable {
    /// Names the model and its settings; stored with the vectors it made.
    var modelID: String { get }
    var dimension: Int { get }
    /// A cosine at which a result is close enough in meaning to answer with (`faq`) even
    /// when its words alone leave the engine unsure; each model's cosines have their own range.
    var confidentSimilarity: Double { get }
    /// The query's vector, L2-normalised; nil when the model cannot run.
    func embed(query: String) -> [Float]?
    /// Each passage's vector, L2-normalised, in order; nil when the model cannot run.
    func embed(passages: [String]) -> [[Float]]?
}
