/// What one pass over a comment's UTF-8 bytes finds, asked for by several steps of scoring it:
/// whether every byte is ASCII (then the bytes are valid UTF-8), and whether any is an `&`
/// (the tokenizer decodes HTML references), an `@` (emails are looked for) or below 0x0E (a
/// tab or line break that a tab-separated record shows as a space).
///
/// One pass eight bytes at a time, rather than one per question, over bytes that are in cache
/// once read: each answer costs a few operations per eight bytes instead of a call and a loop.
struct ByteSummary {
    var isASCII: Bool
    var hasAmpersand: Bool
    var hasAt: Bool
    /// A byte below 0x0E, as a tab (0x09), a line feed (0x0A) or a carriage return (0x0D) are.
    var hasLineControl: Bool

    /// The summary of `bytes`.
    ///
    /// Each answer is exact: a byte test of the kind `(x - 0x01…01) & ~x & 0x80…80` may flag a
    /// byte after one that it rightly flags, never one in a word with none.
    /// - Complexity: O(n).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
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
        isASCII = nonASCII & high == 0
        hasAmpersand = ampersand & high != 0
        hasAt = at & high != 0
        hasLineControl = control & high != 0
    }
}
