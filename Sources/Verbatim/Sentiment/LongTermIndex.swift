/// The terms of eight to fifteen bytes, each found by two integer compares: a term's first eight
/// bytes are one key word, the rest and its length the other, so a lookup neither hashes byte by
/// byte nor reads the term's bytes back. The ``ShortTermIndex`` of longer words: about one word in
/// ten of a comment is this long ("delivery", "customer", "disappointed").
///
/// An entry holds the ``TokenTag`` of a word token with these bytes. The entries live in a buffer
/// that ``SentimentTables`` owns and frees (``deallocate()``).
struct LongTermIndex {
    /// One term: `high` 0 marks an empty slot (a key's length byte is never 0).
    struct Entry {
        var low: UInt64
        var high: UInt64
        var tag: TokenTag
    }

    /// Open addressing with linear probing (see ``SlotRing``).
    private let entries: UnsafeMutablePointer<Entry>
    private let slots: SlotRing

    /// The shortest and the longest term the index holds.
    static let lengths = 8...15

    /// An index of every term of `terms` of eight to fifteen bytes, with the facts in `facts`.
    ///
    /// - Complexity: O(total length of the terms).
    init(terms: TermTable, facts: UnsafeBufferPointer<TermFacts>) {
        var long: [Entry] = []
        for id in 0..<Int32(terms.count) {
            terms.withBytes(of: id) { bytes in
                guard Self.lengths.contains(bytes.count) else { return }
                let (low, high) = Self.key(bytes)
                let fact = facts[Int(id)]
                long.append(
                    Entry(low: low, high: high, tag: TokenTag(id: id, kind: fact.kind, role: fact.role, marks: .word(bytes))))
            }
        }
        slots = SlotRing(forKeys: long.count)
        entries = .allocate(capacity: slots.count)
        entries.initialize(repeating: Self.empty, count: slots.count)
        for entry in long {
            var slot = slots.first(of: Self.mixed(entry.low, entry.high))
            while entries[slot].high != 0 { slot = slots.next(after: slot) }
            entries[slot] = entry
        }
    }

    /// An empty slot, whose tag reads as a word the lexicon does not know (and no word this long
    /// has marks: see ``TokenMarks/word(_:)``).
    private static let empty = Entry(low: 0, high: 0, tag: TokenTag(id: -1, kind: .none, role: .skipped, marks: TokenMarks()))

    /// Frees the entries; the index must not be used after.
    func deallocate() { entries.deallocate() }

    /// The key of `bytes` (8 to 15 of them): the first eight, first lowest; then the rest, and
    /// the count in the top byte.
    ///
    /// - Complexity: O(count).
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64) {
        var low: UInt64 = 0, high = UInt64(truncatingIfNeeded: bytes.count) << 56
        for k in 0..<8 { low |= UInt64(bytes[k]) << (8 * UInt64(k)) }
        for k in 8..<bytes.count { high |= UInt64(bytes[k]) << (8 * UInt64(k - 8)) }
        return (low, high)
    }

    /// The two words of a key mixed into one, for ``SlotRing/first(of:)``.
    @inline(__always)
    private static func mixed(_ low: UInt64, _ high: UInt64) -> UInt64 { low ^ high &* 0xBF58_476D_1CE4_E5B9 }

    /// The tag of the word whose key is `low`, `high` (see ``key(_:)``): its entry's if the index
    /// has one, or else id -1, kind and role none, no marks.
    ///
    /// - Complexity: O(1) on average.
    @inline(__always)
    func tag(ofKey low: UInt64, _ high: UInt64) -> UInt64 {
        var slot = slots.first(of: Self.mixed(low, high))
        var entry = entries[slot]
        while (entry.low != low || entry.high != high) && entry.high != 0 {
            slot = slots.next(after: slot)
            entry = entries[slot]
        }
        return entry.tag.bits
    }
}
