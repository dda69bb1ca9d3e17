/// The scorer's scratch: room for one comment's per-token buffers (valences, scored flags, the
/// words of three ``TokenSet``s; the tags are the tokenizer's) and per-sentence buffers (facts
/// and sums), kept at its largest size from one comment to the next, so that scoring the next
/// comment needs neither an allocation nor a fill.
///
/// Raw storage owned by a final class rather than six arrays: handing out pointers to it costs
/// no uniqueness check, retain or release per array, where the arrays cost several of each per
/// comment (a check per `withUnsafeMutableBufferPointer`, a `replaceSubrange` per
/// `removeAll(keepingCapacity:)`). The ``SentimentScorer/Scratch`` that owns a space keeps a copy
/// of its ``ScorerRoom`` too, so that a comment reads the pointers without touching the space.
/// Every slot a comment reads is written by that comment first (see
/// ``SentimentScorer/lookUp(_:into:sentenceFacts:)``), so the space holds nothing from one
/// comment that the next reads.
///
/// `@unchecked Sendable`: a space is written only while it is uniquely referenced (a scratch
/// that shares its space with a copy replaces it first), by the one thread that holds the
/// ``SentimentScorer/Scratch`` it belongs to.
final class ScorerSpace: @unchecked Sendable {
    /// Where the storage is, and how big.
    private(set) var room = ScorerRoom()

    /// An empty space; the first comment sizes it.
    init() {}

    deinit { room.deallocate() }

    /// Makes room for at least `tokens` tokens and `sentences` sentences; what was written is
    /// dropped when the room grows. Returns the room.
    ///
    /// - Complexity: O(1) unless it allocates; then O(1) too (nothing is filled or copied).
    func reserve(tokens: Int, sentences: Int) -> ScorerRoom {
        if tokens > room.tokenCapacity || sentences > room.sentenceCapacity {
            room.deallocate()
            // Growing by at least half again keeps a run of ever longer comments from
            // allocating for each.
            room = ScorerRoom(
                tokenCapacity: max(tokens, room.tokenCapacity + room.tokenCapacity / 2, 64),
                sentenceCapacity: max(sentences, room.sentenceCapacity + room.sentenceCapacity / 2, 16))
        }
        return room
    }
}

/// Where a ``ScorerSpace``'s storage is and how big (empty, with nil pointers, before the
/// first comment).
///
/// `@unchecked Sendable`: see ``ScorerSpace``.
struct ScorerRoom: @unchecked Sendable {
    /// Room for ``tokenCapacity`` of each per-token buffer of ``SentimentPass``.
    private(set) var valences: UnsafeMutablePointer<Float>?
    private(set) var scored: UnsafeMutablePointer<Bool>?
    /// Room for the words of three ``TokenSet``s of ``tokenCapacity`` positions, one after another.
    private(set) var tokenSets: UnsafeMutablePointer<UInt64>?
    /// Room for ``sentenceCapacity`` sentences' facts and sums.
    private(set) var sentenceFacts: UnsafeMutablePointer<SentenceFacts>?
    private(set) var sentenceSums: UnsafeMutablePointer<Float>?
    private(set) var tokenCapacity = 0
    private(set) var sentenceCapacity = 0

    /// No room.
    init() {}

    /// Newly allocated, uninitialized room (every element type is trivial: nothing to
    /// initialize or deinitialize).
    fileprivate init(tokenCapacity: Int, sentenceCapacity: Int) {
        valences = .allocate(capacity: tokenCapacity)
        scored = .allocate(capacity: tokenCapacity)
        tokenSets = .allocate(capacity: 3 * TokenSet.wordCount(for: tokenCapacity))
        sentenceFacts = .allocate(capacity: sentenceCapacity)
        sentenceSums = .allocate(capacity: sentenceCapacity)
        self.tokenCapacity = tokenCapacity
        self.sentenceCapacity = sentenceCapacity
    }

    /// Frees the storage (nil pointers are skipped).
    fileprivate func deallocate() {
        valences?.deallocate()
        scored?.deallocate()
        tokenSets?.deallocate()
        sentenceFacts?.deallocate()
        sentenceSums?.deallocate()
    }
}
