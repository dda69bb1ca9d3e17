/// A set of token positions of one comment, one bit each, walked in increasing order.
///
/// The scorer keeps a few of these per comment: the tokens a word rule may act on, the tokens
/// whose valence or scored flag a rule set, the contrast words. Most tokens of a comment are in
/// none of them, so the passes that only need the members skip the rest a word (64 tokens) at
/// a time rather than testing each token.
///
/// A view of storage owned by ``SentimentScorer/Scratch``; valid while that storage is.
struct TokenSet {
    let words: UnsafeMutablePointer<UInt64>

    /// The number of 64-bit words that hold `count` positions.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func wordCount(for count: Int) -> Int { (count + 63) >> 6 }

    /// Empties the set, which holds positions below `count`.
    ///
    /// - Complexity: O(count / 64).
    @inline(__always)
    func removeAll(below count: Int) { words.update(repeating: 0, count: Self.wordCount(for: count)) }

    /// Adds position `i`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func insert(_ i: Int) { words[i &>> 6] |= 1 &<< UInt64(truncatingIfNeeded: i & 63) }

    /// Adds position `i` when `condition` holds, without branching on it.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func insert(_ i: Int, if condition: Bool) {
        words[i &>> 6] |= UInt64(condition ? 1 : 0) &<< UInt64(truncatingIfNeeded: i & 63)
    }

    /// Whether position `i` is a member.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func contains(_ i: Int) -> Bool { words[i &>> 6] &>> UInt64(truncatingIfNeeded: i & 63) & 1 != 0 }

    /// The first member at or after `i` and below `end`, or `end` if there is none; members of
    /// `other` count as members too (pass the set itself to walk it alone).
    ///
    /// - Complexity: O((end - i) / 64).
    @inline(__always)
    func next(from i: Int, below end: Int, orIn other: TokenSet) -> Int {
        guard i < end else { return end }
        var w = i &>> 6
        var bits = (words[w] | other.words[w]) & (~0 &<< UInt64(truncatingIfNeeded: i & 63))
        let last = (end &- 1) &>> 6
        while bits == 0 {
            w &+= 1
            if w > last { return end }
            bits = words[w] | other.words[w]
        }
        return min(end, w &<< 6 | bits.trailingZeroBitCount)
    }

    /// The first member at or after `i` and below `end`, or `end` if there is none.
    ///
    /// - Complexity: O((end - i) / 64).
    @inline(__always)
    func next(from i: Int, below end: Int) -> Int { next(from: i, below: end, orIn: self) }
}
