/// A run of input events after the per-comment stages, ready to be merged in input order.
///
/// Topic features are in the local ids of the ``FeatureScanner`` of the worker that annotated
/// the chunk; ``FeatureExtractor/intern(words:concepts:scanner:map:into:)`` maps them when merging.
struct AnnotatedChunk: Sendable {
    /// The events, records and malformed ones, in input order.
    var events: [ReadEvent]
    /// Per event: its sentiment (neutral for a malformed record).
    var scores: [SentimentScore] = []
    /// Per event: the matching ``Taxonomy`` category, -1 for none.
    var taxonomy: [Int32] = []
    /// Per event: whether the text holds U+FFFD (bytes that were not UTF-8, repaired).
    var repaired: [Bool] = []
    /// Feature words (local ids) of all events back to back, and where each event's end.
    var words: [Int32] = []
    var wordEnds: [Int32] = []
    /// Concepts of all events back to back, and where each event's end.
    var concepts: [Int32] = []
    var conceptEnds: [Int32] = []

    /// The feature words (local ids) of event `i`.
    func words(_ i: Int) -> ArraySlice<Int32> { words[(i == 0 ? 0 : Int(wordEnds[i - 1]))..<Int(wordEnds[i])] }

    /// The concepts of event `i`.
    func concepts(_ i: Int) -> ArraySlice<Int32> { concepts[(i == 0 ? 0 : Int(conceptEnds[i - 1]))..<Int(conceptEnds[i])] }
}
