/// A comment split into tokens and sentences.
public struct TokenizedText: Sendable {
    /// The normalized bytes that the tokens point into.
    public var normalized: [UInt8] = []
    public var tokens: [Token] = []
    /// Index of the first token of each sentence; sentence `i` runs to the next start.
    public var sentenceStarts: [Int32] = []
    /// The text mixed upper and lower case letters (so ALL-CAPS words stand out as emphasis).
    public var hasMixedCase = false
    /// The tokenizer's scratch, written through pointers and kept at its largest size, so that
    /// tokenizing the next text needs neither an allocation nor a fill; made by the first text.
    var space: TokenizerSpace?
    /// Where `space`'s storage is (a copy, read without a retain of `space`).
    var room = TokenizerRoom()

    public init() {}

    /// The normalized text of `token`.
    public func text(of token: Token) -> String {
        String(decoding: normalized[Int(token.start)..<Int(token.end)], as: UTF8.self)
    }

    /// The token index range of sentence `index`.
    public func sentenceRange(_ index: Int) -> Range<Int> {
        let lower = Int(sentenceStarts[index])
        let upper = index + 1 < sentenceStarts.count ? Int(sentenceStarts[index + 1]) : tokens.count
        return lower..<upper
    }

    /// The number of sentences.
    public var sentenceCount: Int { sentenceStarts.count }

    /// Calls `body` with the normalized bytes of `token`.

    public func withBytes<R>(of token: Token, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        normalized.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(token.start)..<Int(token.end)]))
        }
    }

    /// Lets the tokenizer's scratch go (after a huge text, so that the next starts small).
    mutating func dropSpace() {
        space = nil
        room = TokenizerRoom()
    }

    mutating func removeAll() {
        normalized.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        sentenceStarts.removeAll(keepingCapacity: true)
        hasMixedCase = false
    }
}
