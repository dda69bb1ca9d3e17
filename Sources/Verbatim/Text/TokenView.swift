/// A tokenized comment seen through pointers: the tokens, sentence starts and normalized bytes
/// of a ``TokenizedText`` or of the tokenizer's scratch, read without copying them.
///
/// Valid only inside the closure that handed it out (``TokenizedText/withView(_:)``,
/// ``Tokenizer/withTokens(bytes:scratch:_:)``).
struct TokenView {
    /// The normalized bytes that the tokens point into.
    let normalized: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    /// Index of the first token of each sentence; sentence `i` runs to the next start.
    let sentenceStarts: UnsafeBufferPointer<Int32>
    /// Each token's tag from the tokenizer's ``WordTagger``: 0 for a token it did not tag (and
    /// for every token of a text tokenized without one). Scratch the reader may write: it may
    /// fill in the zeros, in place, with tags of its own.
    let tags: UnsafeMutableBufferPointer<UInt64>
    /// The text mixed upper and lower case letters.
    let hasMixedCase: Bool

    /// The number of sentences.
    var sentenceCount: Int { sentenceStarts.count }

    /// The token index range of sentence `index`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func sentenceRange(_ index: Int) -> Range<Int> {
        let lower = Int(sentenceStarts[index])
        let upper = index + 1 < sentenceStarts.count ? Int(sentenceStarts[index + 1]) : tokens.count
        return lower..<upper
    }
}

extension TokenizedText {
    /// Calls `body` with a view of the tokens, sentences and normalized bytes, no token tagged.
    ///
    /// - Complexity: O(n) in the number of tokens besides `body` (the tags are zeroed).
    func withView<R>(_ body: (TokenView) -> R) -> R {
        normalized.withUnsafeBufferPointer { normalized in
            tokens.withUnsafeBufferPointer { tokens in
                sentenceStarts.withUnsafeBufferPointer { starts in
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: tokens.count) { tags in
                        tags.initialize(repeating: 0)
                        return body(
                            TokenView(
                                normalized: normalized, tokens: tokens, sentenceStarts: starts,
                                tags: tags, hasMixedCase: hasMixedCase))
                    }
                }
            }
        }
    }
}
