/// A bounded, seeded random sample of the documents a clustering model is fit on.
///
/// Fitting on a sample and then assigning every document to its nearest fitted cluster keeps the
/// fit's cost bounded whatever the input size, while the assignment pass stays linear. With no
/// more eligible documents than `capacity`, the sample is all of them (``isComplete``) and callers
/// fit on the full store as before.
///
///     let sample = DocumentSample(documents, capacity: 30_000, seed: 42) { _ in true }
///     if !sample.isComplete { fit(sample.documents) }
///
/// - Complexity: O(documents + sampled terms); memory O(eligible documents).
public struct DocumentSample: Sendable {
    /// Indices in the full store of the sampled documents, ascending.
    public let indices: [Int]
    /// The sampled documents, in the order of `indices`.
    public let documents: DocumentStore
    /// Whether every eligible (included, non-empty) document is in the sample.
    public let isComplete: Bool

    /// Draws up to `capacity` of the included, non-empty documents, uniformly without replacement.
    public init(_ store: DocumentStore, capacity: Int, seed: UInt64, isIncluded: (Int) -> Bool) {
        var eligible = (0..<store.count).filter { isIncluded($0) && !store.range(of: $0).isEmpty }
        isComplete = eligible.count <= capacity
        if !isComplete {
            // Partial Fisher–Yates: the first `capacity` slots become a uniform sample.
            var random = SeededGenerator(seed: seed ^ 0x5A4D_504C_4553_4545)
            for i in 0..<capacity {
                let j = i + Int(random.next() % UInt64(eligible.count - i))
                eligible.swapAt(i, j)
            }
            eligible.removeSubrange(capacity...)
            eligible.sort()
        }
        indices = eligible
        var sampled = DocumentStore()
        for d in eligible { sampled.append(store.document(d)) }
        documents = sampled
    }
}
