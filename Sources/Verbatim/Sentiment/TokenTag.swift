/// What the scorer knows of a token, in 64 bits: the term id (-1 for none) in the low 32, then
/// its rule kind, its ``TermFacts/Role`` and its ``TokenMarks``; the top bit is always set, so a
/// tag is never 0, which marks a token not looked up yet.
///
/// The tokenizer writes the tags of most words as it reads them (the ``ShortTermIndex`` is its
/// ``WordTagger``); ``SentimentScorer/lookUp(_:into:sentenceFacts:)`` fills in the rest, in place,
/// and the rules read every token's facts from its tag.
struct TokenTag {
    var bits: UInt64

    /// The tag of the token whose term id is `id` (-1 for none), with rule kind `kind`, role
    /// `role` and marks `marks` (of which bit 15 is not kept).
    init(id: Int32, kind: RuleWords.Kind, role: TermFacts.Role, marks: TokenMarks) {
        bits =
            UInt64(UInt32(bitPattern: id)) | UInt64(kind.rawValue) &<< 32 | UInt64(role.rawValue) &<< 40
            | UInt64(marks.bits & 0x7FFF) &<< 48 | Self.taggedBit
    }

    /// The tag whose bits are `bits`, which must have come from another tag.
    @inline(__always)
    init(bits: UInt64) { self.bits = bits }

    private static let taggedBit: UInt64 = 1 &<< 63

    var id: Int32 { Int32(truncatingIfNeeded: bits) }
    /// Read without the check of a raw value's initializer: the bits hold a kind's raw value.
    var kind: RuleWords.Kind { unsafeBitCast(UInt8(truncatingIfNeeded: bits &>> 32), to: RuleWords.Kind.self) }
    var role: TermFacts.Role { unsafeBitCast(UInt8(truncatingIfNeeded: bits &>> 40), to: TermFacts.Role.self) }
    var marks: TokenMarks { TokenMarks(bits: UInt16(truncatingIfNeeded: bits &>> 48) & 0x7FFF) }
}

/// The tags of a comment's tokens, read and written in place in the tokenizer's buffer
/// (``TokenView/tags``).
struct TokenTags {
    let bits: UnsafeMutablePointer<UInt64>

    subscript(index: Int) -> TokenTag {
        @inline(__always) get { TokenTag(bits: bits[index]) }
        @inline(__always) nonmutating set { bits[index] = newValue.bits }
    }
}
