/// One token of a comment: a word, number, emoticon, emoji, URL, email, handle or punctuation run.
///
/// A token does not own its text: `range` points into the normalized bytes of the
/// ``TokenizedText`` it belongs to (lowercased, curly apostrophes straightened, letter runs of
/// three or more shortened to two, emoji variation selectors dropped).
public struct Token: Sendable, Equatable {
    /// What kind of unit a token is.
    public enum Kind: UInt8, Sendable {
        case word, number, emoticon, emoji, url, email, mention, hashtag
        /// A run of `!` and `?` (kept whole: "!!!", "?!"), or one of `.` `,` `;` `:` `…`.
        case punctuation
    }

    /// Byte range in ``TokenizedText/normalized``.
    public var start: Int32
    public var end: Int32
    /// Declared after the range: a token is then 12 bytes, where it was 16 with the kind first.
    public var kind: Kind
    /// The word was written in capitals ("NEVER"), at least two letters long.
    public var isAllCaps: Bool
    /// The word had a letter repeated three or more times ("sooo", "foreverrr").
    public var isElongated: Bool

    public init(kind: Kind, start: Int32, end: Int32, isAllCaps: Bool = false, isElongated: Bool = false) {
        self.kind = kind
        self.start = start
        self.end = end
        self.isAllCaps = isAllCaps
        self.isElongated = isElongated
    }

    /// The number of normalized bytes.
    public var length: Int { Int(end - start) }
}
