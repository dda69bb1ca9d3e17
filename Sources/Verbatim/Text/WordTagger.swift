/// Names the short words of a text while the tokenizer reads them: the tokenizer has each such
/// word's bytes in a register already, so a caller that looks every word up in a table of its
/// own (the sentiment scorer's ``ShortTermIndex``) saves a second pass over the tokens.
///
/// The tokenizer hands a tagger the ``ShortWord/key`` of each token of one to seven ASCII
/// letters that its word loop takes whole (most words of a comment), and writes what the tagger
/// answers to ``TokenView/tags``; every other token gets the tag 0, and its reader looks it up
/// itself.
protocol WordTagger {
    /// The tag of the word whose ``ShortWord/key`` is `key`; 0 leaves it untagged, like the
    /// tokens the tokenizer does not hand over.
    func tag(ofWordKey key: UInt64) -> UInt64
}

/// The tagger of a tokenizer that tags nothing: every tag is 0.
struct NoWordTags: WordTagger {
    func tag(ofWordKey key: UInt64) -> UInt64 { 0 }
}
