/// The terms of one to seven bytes, each found by one integer compare: a term's bytes and its
/// length are packed into one `UInt64` key, so a lookup neither hashes byte by byte nor reads
/// the term's bytes back to compare them. Most tokens of a comment are this short.
///
/// An entry holds what the scorer reads per token: the term id, its rule kind and, for a word
/// token with these bytes, its ``TokenMarks``.
///
/// The entries live in a buffer that ``SentimentTables`` owns and frees (``deallocate()``).
struct ShortTermIndex {
    /// One term: `key` 0 marks an empty slot (a key's length byte is never 0).
    struct Entry {
        var key: UInt64
        var id: Int32
        var kind: RuleWords.Kind
        var marks: TokenMarks
    }

    /// Open addressing with linear probing, a power of two long, at most a quarter full.
    private let entries: UnsafeMutablePointer<Entry>
    private let mask: Int
    private let shift: UInt64

    /// The longest term the index holds.
    static let maximumLength = 7

    /// An index of every term of `terms` of one to seven bytes, with the kinds in `facts`.
    ///
    /// - Complexity: O(total length of the terms).
    init(terms: TermTable, facts: UnsafeBufferPointer<TermFacts>) {
        var short: [(key: UInt64, entry: Entry)] = []
        for id in 0..<Int32(terms.count) {
            var term = terms.term(id)
            term.withUTF8 { bytes in
                guard (1...Self.maximumLength).contains(bytes.count) else { return }
                let key = Self.key(bytes.baseAddress!, count: bytes.count)
                short.append((key, Entry(key: key, id: id, kind: facts[Int(id)].kind, marks: .word(bytes))))
            }
        }
        var size = 16
        while size < short.count * 4 { size <<= 1 }
        entries = .allocate(capacity: size)
        entries.initialize(repeating: Entry(key: 0, id: -1, kind: .none, marks: TokenMarks()), count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        for (key, entry) in short {
            var slot = slot(of: key)
            while entries[slot].key != 0 { slot = (slot + 1) & mask }
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
        let inTerm: UInt64 = (1 << (8 * UInt64(truncatingIfNeeded: count))) &- 1
        return word & inTerm | UInt64(truncatingIfNeeded: count) << 56
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The entry of the term whose key is `key`, or nil.
    ///
    /// - Complexity: O(1) on average.
    @inline(__always)
    func entry(_ key: UInt64) -> UnsafePointer<Entry>? {
        var slot = slot(of: key)
        while true {
            let e = entries + slot
            if e.pointee.key == key { return UnsafePointer(e) }
            if e.pointee.key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The entry of the `count` (1 to 7) bytes of `bytes` from `start`, or nil.
    ///
    /// - Complexity: O(1) on average.
    @inline(__always)
    func entry(of bytes: UnsafeBufferPointer<UInt8>, start: Int, count: Int) -> UnsafePointer<Entry>? {
        let p = bytes.baseAddress! + start
        // Eight bytes are there to read unless the term ends the buffer's last eight.
        let key = start + 8 <= bytes.count ? Self.key(loading: p, count: count) : Self.key(p, count: count)
        return entry(key)
    }
}
