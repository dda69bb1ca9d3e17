extension SentimentScorer {
    /// Per-comment working storage, reused from one comment to the next: make one per thread
    /// and pass it to every call that thread makes.
    ///
    /// A value: copies may be made and sent to other threads freely. Copies share one
    /// ``ScorerSpace`` until one of them scores a comment, which first gives it a space of its own.
    public struct Scratch: Sendable {
        /// The per-token and per-sentence buffers, kept at their largest size; made by the first comment.
        private var space: ScorerSpace?
        /// Where `space`'s storage is (a copy, read without touching `space`).
        private var room = ScorerRoom()
        /// The comment's clauses (split before each contrast word) and their sums, collected
        /// only for the details of ``SentimentScorer/analyze(_:scratch:)``.
        var clauses: [(range: Range<Int>, sum: Float)] = []

        public init() {}

        /// Room for a comment of `tokens` tokens in `sentences` sentences, in a space that no
        /// copy of this scratch shares (what an earlier comment wrote there may be anything).
        ///
        /// - Complexity: O(1): one uniqueness check, and an allocation only when the comment is
        ///   longer than any before.
        @inline(__always)
        mutating func room(tokens: Int, sentences: Int) -> ScorerRoom {
            if !isKnownUniquelyReferenced(&space) {
                space = ScorerSpace()
                room = ScorerRoom()
            }
            if tokens > room.tokenCapacity || sentences > room.sentenceCapacity {
                room = space!.reserve(tokens: tokens, sentences: sentences)
            }
            return room
        }
    }
}
