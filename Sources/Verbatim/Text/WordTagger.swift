/// Names the short words of a text while the tokenizer reads them: the tokenizer has each such
/// word's bytes in a register already, so a caller that looks every word up in a table of its
/// own (the sentiment scorer's ``ShortTermIndex``) saves a second pass over the tokens.
///
/// The tokenizer hands a tagger the key of each token of one to fifteen ASCII letters that its
/// word loop takes whole (most words of a comment), and writes what the tagger answers to
/// ``TokenView/tags``; every other token gets the tag 0, and its reader looks it up itself.
protocol WordTagger {
    /// The tag of the word of one to seven letters whose ``ShortWord/key`` is `key`; 0 leaves
    /// it untagged, like the tokens the tokenizer does not hand over.
    func tag(ofWordKey key: UInt64) -> UInt64

    /// The tag of the word of eight to fifteen letters whose first eight lowered letters are
    /// `low` (the first lowest) and whose other letters are the low bytes of `high`, with the
    /// word's length in its top byte (the key of ``LongTermIndex/key(_:)``); 0 leaves it untagged.
    func tag(ofLongWordKey low: UInt64, _ high: UInt64) -> UInt64
}

/// The tagger of a tokenizer that tags nothing: every tag is 0.
struct NoWordTags: WordTagger {
    func tag(ofWordKey key: UInt64) -> UInt64 { 0 }
    func tag(ofLongWordKey low: UInt64, _ high: UInt64) -> UInt64 { 0 }
}
