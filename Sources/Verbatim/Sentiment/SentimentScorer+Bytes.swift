/// Scoring straight from UTF-8 bytes, so callers holding a read buffer need no `String`.
extension SentimentScorer {
    /// The sentiment of the UTF-8 `bytes`, tokenized in place in `tokenized`'s scratch storage
    /// (its public arrays are left as they were) and scored with `scratch`, both reused from
    /// one call to the next. Same result as ``score(_:)`` on the same text.
    ///
    /// - Complexity: O(n) in the byte length of the text.
    public func score(
        bytes: UnsafeBufferPointer<UInt8>, tokenized: inout TokenizedText, scratch: inout Scratch
    ) -> SentimentScore {
        score(bytes: bytes, summary: ByteSummary(bytes), tokenized: &tokenized, scratch: &scratch)
    }

    /// ``score(bytes:tokenized:scratch:)`` with the ``ByteSummary`` of `bytes` that the caller
    /// made anyway, so the tokenizer makes none. The tokenizer looks most words up as it reads
    /// them (see ``TermTagger``).
    ///
    /// - Complexity: O(n) in the byte length of the text.
    func score(
        bytes: UnsafeBufferPointer<UInt8>, summary: ByteSummary, tokenized: inout TokenizedText,
        scratch: inout Scratch
    ) -> SentimentScore {
        let (tables, phrases) = (tables, phrases)
        return tokenizer.withTokens(bytes: bytes, summary: summary, tagging: tables.tagger, scratch: &tokenized) {
            Self.analyze($0, tables: tables, phrases: phrases, scratch: &scratch, details: false).score
        }
    }
}
