/// A word of one to seven ASCII letters read eight bytes at once: the common case of
/// ``Scanner/scanASCIIWords(hasAt:)``, found without a step per byte and without a branch that
/// depends on the word (its length, its case, where its letters repeat), since such branches
/// are mispredicted about as often as they are taken.
struct ShortWord {
    /// The eight bytes read, letters lowered (only the first ``length`` count).
    let lowered: UInt64
    /// The number of letters from the first byte on (0…8).
    let length: Int
    /// The byte after the letters (the first byte when all eight are letters).
    let next: UInt8
    /// The word is a whole token: one to seven letters with none three times in a row (which
    /// normalizing shortens), followed by a byte that joins nothing to them: ASCII, and not a
    /// letter, a digit, `_`, an apostrophe or a hyphen (`.` and `,` join digits only).
    let isToken: Bool
    /// A letter among the first ``length`` is the third of a run of equal letters.
    let hasRunOfThree: Bool
    /// Two capitals or more, and no small letter.
    let isAllCaps: Bool
    /// Bit 7 of each capital's byte and bit 6 of each small letter's byte: gathered over a text
    /// with `|`, whether it has capitals and whether it has small letters.
    let caseBits: UInt64

    /// Every capital's bit in ``caseBits``.
    static let capitalBits: UInt64 = 0x8080_8080_8080_8080
    /// Every small letter's bit in ``caseBits``.
    static let smallBits: UInt64 = 0x4040_4040_4040_4040

    /// The word's letters, lowered, in the low bytes (the first lowest) and its length in the
    /// top byte, when it is a token (1 to 7 letters): the same key as
    /// ``ShortTermIndex/key(_:count:)`` of its normalized bytes.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    var key: UInt64 {
        // Masking shifts: a token's length is at most 7, so neither shift needs the test of one by 64 or more.
        let inWord: UInt64 = (1 &<< (8 &* UInt64(truncatingIfNeeded: length))) &- 1
        return lowered & inWord | UInt64(truncatingIfNeeded: length) &<< 56
    }

    /// The word at the start of the eight bytes `w` (the first in the lowest byte).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    init(_ w: UInt64) {
        let high: UInt64 = 0x8080_8080_8080_8080
        // A byte x < 0x80 lowered is a letter when x + 0x1F ≥ 0x80 and x + 0x05 < 0x80
        // (no carry leaves a byte: each is below 0x80 before the addition).
        let lowerable = (w & ~high) | 0x2020_2020_2020_2020
        let letters = (lowerable &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lowerable &+ 0x0505_0505_0505_0505) & ~w & high
        // The first byte that is not a letter: its high bit is the lowest of `stop`.
        let stop = letters ^ high
        let length = stop.trailingZeroBitCount &>> 3
        let upToStop = stop ^ (stop &- 1)  // every bit up to that one (all bits when 8 letters)
        let letterBits = letters & upToStop
        let lowered = w | letterBits &>> 2  // 0x80 >> 2 = 0x20: lowers capitals, keeps small ones
        // A letter equal to the two after it starts a run of three: a zero byte of `triples`
        // among the first length - 2 bytes (the ones that `upToStop >> 16` covers).
        let triples = (lowered ^ lowered &>> 8) | (lowered ^ lowered &>> 16)
        let zero = ~(((triples & ~high) &+ ~high) | triples) & high  // exactly the zero bytes
        // With eight letters the shift is by 0 (masked): `next` is a letter, which ends no word.
        let next = UInt8(truncatingIfNeeded: w &>> (8 &* UInt64(length)))
        let smallBits = w &<< 2 & letterBits  // bit 5 (0x20) of a letter marks a small one
        let capitalBits = letterBits ^ smallBits
        self.lowered = lowered
        self.length = length
        self.next = next
        // Each test gives bits that are set when it fails, and one comparison decides: a branch
        // per test would be mispredicted far more often.
        let noLetterFirst = ~letters & 0x80
        let runOfThree = zero & upToStop &>> 16
        // `next` is a letter only when all eight bytes are (then `length >> 3` is 1).
        let joinedNext = Self.mayJoin(afterLetter: next) | UInt64(truncatingIfNeeded: length &>> 3)
        isToken = noLetterFirst | runOfThree | joinedNext == 0
        hasRunOfThree = runOfThree != 0
        isAllCaps = (smallBits == 0 ? 1 : 0) & (capitalBits & (capitalBits &- 1) != 0 ? 1 : 0) != 0
        caseBits = capitalBits | smallBits &>> 1
    }

    /// 1 when byte `c`, after a letter and not a letter itself, may join more to the word: a
    /// digit, `_`, an apostrophe, a hyphen or a non-ASCII byte (`.` and `,` join digits only);
    /// else 0. Cheaper than ``endsWord(_:)``: one bit of a 64-bit set read by the low six bits,
    /// which the ASCII bytes that are not letters share only in pairs that agree, but for `_`
    /// (0x5F) and the control byte 0x1F: 0x1F counts as joining too, so that a word before it
    /// is only taken the slow way.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func mayJoin(afterLetter c: UInt8) -> UInt64 {
        let joiners: UInt64 = 1 << 0x27 | 1 << 0x2D | 0x3FF << 0x30 | 1 << (0x5F & 63)
        return joiners &>> UInt64(c & 63) & 1 | UInt64(c &>> 7)
    }

    /// Whether byte `c`, after a letter, ends the word for sure: ASCII, and not a letter, a digit,
    /// `_`, an apostrophe or a hyphen (`.` and `,` join digits only). One bit of a 128-bit set,
    /// read without a branch.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func endsWord(_ c: UInt8) -> Bool {
        let below40: UInt64 = ~(0x03FF_0000_0000_0000 | 1 << 0x27 | 1 << 0x2D)  // all but 0-9 ' -
        let from40: UInt64 = ~0x07FF_FFFE_87FF_FFFE  // all but A-Z _ a-z
        let set = c < 0x40 ? below40 : c < 0x80 ? from40 : 0
        return set &>> UInt64(c & 63) & 1 != 0
    }
}
