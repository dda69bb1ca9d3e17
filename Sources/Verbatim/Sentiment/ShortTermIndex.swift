/// The terms of one to seven bytes, each found by one integer compare: a term's bytes and its
/// length are packed into one `UInt64` key, so a lookup neither hashes byte by byte nor reads
/// the term's bytes back to compare them. Most tokens of a comment are this short.
///
/// An entry holds what the scorer reads per token, packed in 64 bits (a ``TokenTag``): the term
/// id, its rule kind, its role and, for a word token with these bytes, its ``TokenMarks``. The index also
/// holds the words with marks (``TokenMarks/wordsWithMarks``: "the", "was", "never") whether they
/// are terms or not, so a lookup answers every short word, term or not,
/// without a branch on which.
///
/// With the ``LongTermIndex``, the index is the tokenizer's ``WordTagger`` when the scorer
/// tokenizes (``TermTagger``): most words are then looked up while the tokenizer holds their
/// bytes in a register, and their tags ride along.
///
/// The entries live in a buffer that ``SentimentTables`` owns and frees (``deallocate()``).
struct ShortTermIndex {
    /// One term, or a word with marks (id -1): `key` 0 marks an empty slot (a key's length byte
    /// is never 0), which reads as a word the lexicon does not know.
    struct Entry {
        var key: UInt64
        var tag: TokenTag
    }

    /// Open addressing with linear probing (see ``SlotRing``).
    private let entries: UnsafeMutablePointer<Entry>
    private let slots: SlotRing

    /// The longest term the index holds.
    static let maximumLength = 7

    /// An index of every term of `terms` of one to seven bytes, with the kinds in `facts`.
    ///
    /// - Complexity: O(total length of the terms).
    init(terms: TermTable, facts: UnsafeBufferPointer<TermFacts>) {
        var short: [(key: UInt64, entry: Entry)] = []
        for id in 0..<Int32(terms.count) {
            terms.withBytes(of: id) { bytes in
                guard (1...Self.maximumLength).contains(bytes.count) else { return }
                let key = Self.key(bytes.baseAddress!, count: bytes.count)
                let fact = facts[Int(id)]
                let entry = Entry(key: key, tag: TokenTag(id: id, kind: fact.kind, role: fact.role, marks: .word(bytes)))
                short.append((key, entry))
            }
        }
        for word in TokenMarks.wordsWithMarks where terms.id(of: word) == nil {
            var word = word
            word.withUTF8 { bytes in
                let key = Self.key(bytes.baseAddress!, count: bytes.count)
                short.append((key, Entry(key: key, tag: TokenTag(id: -1, kind: .none, role: .skipped, marks: .word(bytes)))))
            }
        }
        slots = SlotRing(forKeys: short.count)
        entries = .allocate(capacity: slots.count)
        entries.initialize(
            repeating: Entry(key: 0, tag: TokenTag(id: -1, kind: .none, role: .skipped, marks: TokenMarks())),
            count: slots.count)
        for (key, entry) in short {
            var slot = slots.first(of: key)
            while entries[slot].key != 0 { slot = slots.next(after: slot) }
            entries[slot] = entry
        }
    }

    /// Frees the entries; the index must not be used after.
    func deallocate() { entries.deallocate() }

    /// The key of the `count` (1 to 7) bytes at `p`: the bytes, first lowest, and the count in
    /// the top byte.
    ///
    /// - Complexity: O(count).
    @inline(__always)
    static func key(_ p: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var key = UInt64(truncatingIfNeeded: count) << 56
        for k in 0..<count { key |= UInt64(p[k]) << (8 * UInt64(k)) }
        return key
    }

    /// The key of the `count` (1 to 7) bytes at `p`, read as one eight-byte load; the byte after
    /// them must be readable (it is masked off).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func key(loading p: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let word = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self).littleEndian
        // Masking shifts: `count` is at most 7, so neither shift needs the test of one by 64 or more.
        let inTerm: UInt64 = (1 &<< (8 &* UInt64(truncatingIfNeeded: count))) &- 1
        return word & inTerm | UInt64(truncatingIfNeeded: count) &<< 56
    }

    /// The tag of the word whose key is `key` (see ``key(_:count:)``): its entry's if the index
    /// has one, or else id -1, kind and role none, no marks.
    ///
    /// The first slot decides almost every lookup: a word's own entry or an empty slot. Which of
    /// the two it is, is as hard to predict as whether a word of a comment is a term, so it is
    /// chosen without a branch; only a slot taken by another key (a collision) branches.
    ///
    /// - Complexity: O(1) on average.
    @inline(__always)
    func tag(ofWordKey key: UInt64) -> UInt64 {
        var slot = slots.first(of: key)
        var entry = entries[slot]
        while entry.key != key && entry.key != 0 {
            slot = slots.next(after: slot)
            entry = entries[slot]
        }
        return entry.tag.bits
    }

    /// What the scorer reads of the word of `count` (1 to 7) bytes of `bytes` from `start` (see
    /// ``tag(ofWordKey:)``).
    ///
    /// - Complexity: O(1) on average.
    @inline(__always)
    func tag(of bytes: UnsafeBufferPointer<UInt8>, start: Int, count: Int) -> TokenTag {
        let p = bytes.baseAddress! + start
        // Eight bytes are there to read unless the term ends the buffer's last eight.
        let key = start + 8 <= bytes.count ? Self.key(loading: p, count: count) : Self.key(p, count: count)
        return TokenTag(bits: tag(ofWordKey: key))
    }
}
