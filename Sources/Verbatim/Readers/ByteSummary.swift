/// What one pass over a comment's UTF-8 bytes finds, asked for by several steps of scoring it:
/// whether every byte is ASCII (then the bytes are valid UTF-8), and whether any is an `&`
/// (the tokenizer decodes HTML references), an `@` (emails are looked for) or below 0x0E (a
/// tab or line break that a tab-separated record shows as a space).
///
/// One pass sixteen bytes at a time, rather than one per question, over bytes that are in cache
/// once read: each answer costs a vector compare per sixteen bytes instead of a call and a loop.
struct ByteSummary {
    var isASCII: Bool
    var hasAmpersand: Bool
    var hasAt: Bool
    /// A byte below 0x0E, as a tab (0x09), a line feed (0x0A) or a carriage return (0x0D) are.
    var hasLineControl: Bool

    /// The summary of `bytes`.
    ///
    /// Sixteen bytes at a time as a vector (compares of all sixteen in one instruction), the
    /// last sixteen read again; a text shorter than that eight bytes at a time.
    /// - Complexity: O(n).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard n >= 16, let base = bytes.baseAddress else {
            self = Self.summary(ofShort: bytes)
            return
        }
        typealias Bytes = SIMD16<UInt8>
        // Per byte lane, gathered with `|`: every byte, and 0xFF where one was an `&`, an `@` or
        // below 0x0E.
        var all = Bytes.zero, ampersand = Bytes.zero, at = Bytes.zero, control = Bytes.zero
        @inline(__always) func add(_ v: Bytes) {
            all |= v
            ampersand |= Bytes.zero.replacing(with: 0xFF, where: v .== Bytes(repeating: 0x26))
            at |= Bytes.zero.replacing(with: 0xFF, where: v .== Bytes(repeating: 0x40))
            control |= Bytes.zero.replacing(with: 0xFF, where: v .< Bytes(repeating: 0x0E))
        }
        var i = 0
        while i &+ 16 <= n {
            add(UnsafeRawPointer(base + i).loadUnaligned(as: Bytes.self))
            i &+= 16
        }
        // The last sixteen bytes again: the ones seen twice change no answer.
        if i < n { add(UnsafeRawPointer(base + (n - 16)).loadUnaligned(as: Bytes.self)) }
        // One bit per answer in each lane, then all lanes folded into one byte.
        let flags = all & Bytes(repeating: 0x80) | ampersand & Bytes(repeating: 0x01) | at & Bytes(repeating: 0x02)
            | control & Bytes(repeating: 0x04)
        let halves = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
        var folded = halves[0] | halves[1]
        folded |= folded &>> 32
        folded |= folded &>> 16
        folded |= folded &>> 8
        isASCII = folded & 0x80 == 0
        hasAmpersand = folded & 0x01 != 0
        hasAt = folded & 0x02 != 0
        hasLineControl = folded & 0x04 != 0
    }

    /// The summary of fewer than sixteen `bytes`, eight at a time.
    ///
    /// Each answer is exact: a byte test of the kind `(x - 0x01…01) & ~x & 0x80…80` may flag a
    /// byte after one that it rightly flags, never one in a word with none.
    /// - Complexity: O(n).
    private static func summary(ofShort bytes: UnsafeBufferPointer<UInt8>) -> ByteSummary {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        var nonASCII: UInt64 = 0, ampersand: UInt64 = 0, at: UInt64 = 0, control: UInt64 = 0
        @inline(__always) func add(_ w: UInt64) {
            nonASCII |= w
            let a = w ^ (ones &* 0x26), t = w ^ (ones &* 0x40)
            ampersand |= (a &- ones) & ~a
            at |= (t &- ones) & ~t
            control |= (w &- ones &* 0x0E) & ~w
        }
        let n = bytes.count
        if let base = bytes.baseAddress {
            var i = 0
            while i &+ 8 <= n {
                add(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                i &+= 8
            }
            if i < n {
                if n >= 8 {
                    // The last eight bytes again: the ones seen twice change no answer.
                    add(UnsafeRawPointer(base + (n - 8)).loadUnaligned(as: UInt64.self))
                } else {
                    var w: UInt64 = 0x2020_2020_2020_2020  // spaces: no answer changes for them
                    for m in 0..<n { w = w & ~(0xFF << (8 * UInt64(m))) | UInt64(base[m]) << (8 * UInt64(m)) }
                    add(w)
                }
            }
        }
        return ByteSummary(
            isASCII: nonASCII & high == 0, hasAmpersand: ampersand & high != 0, hasAt: at & high != 0,
            hasLineControl: control & high != 0)
    }

    private init(isASCII: Bool, hasAmpersand: Bool, hasAt: Bool, hasLineControl: Bool) {
        self.isASCII = isASCII
        self.hasAmpersand = hasAmpersand
        self.hasAt = hasAt
        self.hasLineControl = hasLineControl
    }
}
