/// The ASCII letters at the start of eight bytes, read at once, inside a word that
/// ``ShortWord`` does not take whole (eight letters or more, digits, inner apostrophes):
/// ``Scanner/scanLongWord(_:count:from:into:at:)`` takes a segment's letters eight at a time
/// with it, and steps byte by byte only from a run of three letters on.
struct LetterRun {
    /// The eight bytes read, letters lowered (only the first ``length`` count).
    let lowered: UInt64
    /// The number of letters from the first byte on (0…8).
    let length: Int
    /// A letter among them is the third of a run of equal letters, counting the two before.
    let hasTriple: Bool
    /// Capitals and small letters, counted up to 2 and 1: all that a word's flags ask.
    let upper: Int
    let lower: Int

    /// The run's letters (lowered, the first lowest; the bytes above them masked off), with the
    /// length of a word of `before` letters and these in the top byte: the second half of a long
    /// word's key (see ``WordTagger/tag(ofLongWordKey:_:)``). The run must end the word within
    /// seven letters, as a word's tail does.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func key(after before: Int) -> UInt64 {
        // Masking shifts: `length` is at most 7, so neither shift needs the test of one by 64 or more.
        let inRun: UInt64 = (1 &<< (8 &* UInt64(truncatingIfNeeded: length))) &- 1
        return lowered & inRun | UInt64(truncatingIfNeeded: before &+ length) &<< 56
    }

    /// The letters at the start of the eight bytes `w` (the first in the lowest byte), after
    /// `before` and `previous`, the two lowered bytes before them (zeros at a segment's start).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    init(_ w: UInt64, before: UInt8, previous: UInt8) {
        let high: UInt64 = 0x8080_8080_8080_8080
        let lowerable = (w & ~high) | 0x2020_2020_2020_2020  // see ShortWord
        let letters = (lowerable &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lowerable &+ 0x0505_0505_0505_0505) & ~w & high
        let stop = letters ^ high
        length = stop.trailingZeroBitCount &>> 3
        let upToStop = stop ^ (stop &- 1)
        let letterBits = letters & upToStop
        let lowered = w | letterBits &>> 2
        self.lowered = lowered
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 { ~(((x & ~high) &+ ~high) | x) & high }
        // Runs of three that end at the third letter or later, then those that end at the first or
        // second letter and start before these bytes.
        let triples = (lowered ^ lowered &>> 8) | (lowered ^ lowered &>> 16)
        let joined = lowered &<< 16 | UInt64(previous) &<< 8 | UInt64(before)
        let joinedTriples = (joined ^ joined &>> 8) | (joined ^ joined &>> 16)
        hasTriple = zeroBytes(triples) & upToStop &>> 16 | zeroBytes(joinedTriples) & letterBits & 0x8080 != 0
        let smallBits = w &<< 2 & letterBits
        let capitalBits = letterBits ^ smallBits
        upper = capitalBits == 0 ? 0 : capitalBits & (capitalBits &- 1) == 0 ? 1 : 2
        lower = smallBits == 0 ? 0 : 1
    }
}
