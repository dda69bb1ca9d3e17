/// The multi-word expressions of a ``SentimentTables`` found by their first two terms, so that
/// matching the expressions at a token tries only those that start with it and its successor.
///
/// ``SentimentTables`` lists a term's expressions in one run, longest first; a common first
/// word ("well", "no", "never", "very") starts dozens, of which a token's successor leaves one
/// or two. Here each pair of first and second term has its own run, in the same order (longest
/// first), found by one probe of an open-addressing hash table.
///
/// A final class, immutable once built, that owns its buffers; a comment reads them through a
/// ``Probe`` (pointers only), with neither a retain nor a bounds check.
///
/// `@unchecked Sendable`: the buffers are written only in `init` and freed only in `deinit`.
final class PhraseIndex: @unchecked Sendable {
    /// Pointers to the index's buffers, valid while the index lives.
    let probe: Probe

    /// The index of the expressions of `tables`.
    ///
    /// - Complexity: O(p) in the number of expressions.
    init(tables: SentimentTables) {
        // Every expression keyed by its pair, sorted by pair and then by its place in the tables
        // (longest first): each pair's run is then consecutive, in the tables' order. One sort
        // rather than an array per pair.
        var keyed: [(key: UInt64, phrase: Int32)] = []
        keyed.reserveCapacity(tables.phrases.count)
        for (id, facts) in tables.facts.enumerated() {
            for p in Int(facts.phraseStart)..<Int(facts.phraseEnd) {
                keyed.append((Self.key(Int32(id), tables.phraseTerms[Int(tables.phrases[p].termStart) + 1]), Int32(p)))
            }
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.phrase < $1.phrase }
        var runCount = 0
        for (i, entry) in keyed.enumerated() where i == 0 || keyed[i - 1].key != entry.key { runCount += 1 }
        var bits = 4
        while 1 << bits < 2 * runCount { bits += 1 }  // at most half full
        let slots = UnsafeMutableBufferPointer<Slot>.allocate(capacity: 1 << bits)
        slots.initialize(repeating: Slot(key: Self.emptyKey, start: 0, end: 0))
        let entries = UnsafeMutableBufferPointer<PhraseEntry>.allocate(capacity: max(1, keyed.count))
        var start = 0
        for (i, entry) in keyed.enumerated() {
            entries[i] = tables.phrases[Int(entry.phrase)]
            guard i + 1 == keyed.count || keyed[i + 1].key != entry.key else { continue }
            // The last expression of a run: the run gets its slot.
            var s = Self.home(of: entry.key, bits: bits)
            while slots[s].key != Self.emptyKey { s = (s + 1) & (slots.count - 1) }
            slots[s] = Slot(key: entry.key, start: Int32(start), end: Int32(i + 1))
            start = i + 1
        }
        probe = Probe(slots: slots.baseAddress!, bits: bits, entries: entries.baseAddress!)
    }

    deinit {
        probe.slots.deallocate()
        probe.entries.deallocate()
    }

    /// One slot of the hash table: the expressions `start..<end` of ``Probe/entries`` start
    /// with the pair `key`.
    struct Slot {
        var key: UInt64
        var start: Int32
        var end: Int32
    }

    /// No pair: term ids are never negative, so no pair's key has its top bit set.
    static let emptyKey = UInt64.max

    /// The key of the pair of terms `first`, `second` (both ≥ 0).
    @inline(__always)
    static func key(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) &<< 32 | UInt64(UInt32(bitPattern: second))
    }

    /// The slot where the search for `key` starts, in a table of `1 << bits` slots.
    @inline(__always)
    static func home(of key: UInt64, bits: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> UInt64(64 - bits))
    }

    /// Reads a ``PhraseIndex`` through pointers, valid while the index lives.
    ///
    /// `@unchecked Sendable`: see ``PhraseIndex``.
    struct Probe: @unchecked Sendable {
        let slots: UnsafeMutablePointer<Slot>
        /// log2 of the number of slots.
        let bits: Int
        /// The expressions, in runs by pair.
        let entries: UnsafeMutablePointer<PhraseEntry>

        /// The run of ``entries`` (longest first) that start with term `first` then term
        /// `second` (both ≥ 0); empty if none does.
        ///
        /// - Complexity: O(1) expected.
        @inline(__always)
        func run(first: Int32, second: Int32) -> Range<Int> {
            let key = PhraseIndex.key(first, second)
            let mask = (1 &<< bits) &- 1
            var s = PhraseIndex.home(of: key, bits: bits)
            while true {
                let slot = slots[s]
                if slot.key == key { return Int(slot.start)..<Int(slot.end) }
                if slot.key == PhraseIndex.emptyKey { return 0..<0 }
                s = (s &+ 1) & mask
            }
        }
    }
}
