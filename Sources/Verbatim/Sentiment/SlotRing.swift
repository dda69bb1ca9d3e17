/// The slots of an open-addressing table with linear probing, as the term indexes use them
/// (``ShortTermIndex``, ``LongTermIndex``): a power of two of them, at most a quarter full, a
/// key's first slot taken from the top bits of its 64-bit key times a Fibonacci constant.
struct SlotRing {
    private let mask: Int
    private let shift: UInt64

    /// Slots for `keys` keys: at least 16, and four per key.
    init(forKeys keys: Int) {
        var size = 16
        while size < keys * 4 { size <<= 1 }
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The number of slots.
    var count: Int { mask + 1 }

    /// The first slot of the key `key` (which should already mix every byte of a key longer
    /// than 64 bits into its 64).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func first(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)  // shift < 64: no overshift test
    }

    /// The slot after `slot`, wrapping around. (A checked `+`: with `&+` the compiler laid out
    /// the tokenizer's word loop, where this is inlined, with 69 more instructions a comment.)
    @inline(__always)
    func next(after slot: Int) -> Int { (slot + 1) & mask }
}
