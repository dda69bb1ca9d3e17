import Testing

@testable import Verbatim

/// ``WordTagger``: the tokenizer tags exactly the short words of its word loop, with what the
/// tagger answers for their keys, and changes nothing else it writes.
struct WordTaggerTests {
    /// A tagger whose tag is the key itself (never 0: a key's top byte is the word's length), or
    /// for a long word, its two halves mixed.
    struct KeyTagger: WordTagger {
        func tag(ofWordKey key: UInt64) -> UInt64 { key }
        func tag(ofLongWordKey low: UInt64, _ high: UInt64) -> UInt64 { Self.mix(low, high) }
        static func mix(_ low: UInt64, _ high: UInt64) -> UInt64 { low &* 0x9E37_79B9_7F4A_7C15 ^ high }
    }

    @Test func tagsAreTheKeysOfWordsUpToFifteenLettersAndZeroForEveryOtherToken() {
        var random = SeededGenerator(seed: 91)
        let tokenizer = Tokenizer()
        var tagged = TokenizedText(), untagged = TokenizedText()
        var (taggedWords, shortWords, longWords) = (0, 0, 0)
        for _ in 0..<20_000 {
            let bytes = InPlaceScoringTests.randomText(&random)
            bytes.withUnsafeBufferPointer { b in
                let plain = tokenizer.withTokens(bytes: b, scratch: &untagged) { view in
                    (Array(view.tokens), Array(view.normalized), Array(view.sentenceStarts), Array(view.tags))
                }
                #expect(plain.3.allSatisfy { $0 == 0 })
                tokenizer.withTokens(bytes: b, summary: ByteSummary(b), tagging: KeyTagger(), scratch: &tagged) { view in
                    #expect(Array(view.tokens) == plain.0 && Array(view.normalized) == plain.1)
                    #expect(Array(view.sentenceStarts) == plain.2)
                    for (token, tag) in zip(view.tokens, view.tags) {
                        let length = token.length
                        if token.kind == .word && length <= 15 { shortWords += 1 }
                        guard tag != 0 else { continue }
                        taggedWords += 1
                        #expect(token.kind == .word && (1...15).contains(length))
                        let word = UnsafeBufferPointer(rebasing: view.normalized[Int(token.start)..<Int(token.end)])
                        let expected: UInt64
                        if length <= 7 {
                            expected = ShortTermIndex.key(word.baseAddress!, count: length)
                        } else {
                            let key = LongTermIndex.key(word)
                            expected = KeyTagger.mix(key.low, key.high)
                            longWords += 1
                        }
                        #expect(tag == expected, "\(String(decoding: bytes, as: UTF8.self))")
                    }
                }
            }
        }
        // The word loop takes many of the short words of these mixed texts; the rest (next to a
        // non-ASCII byte, in a text with an email, elongated) are looked up by the reader.
        #expect(taggedWords > 20_000 && taggedWords < shortWords && longWords > 1_000)
    }

    @Test func everyWordOfAPlainSentenceIsTagged() {
        var scratch = TokenizedText()
        let text = Array("The parcel never arrived, I want a refund! Still waiting, disappointed".utf8)
        text.withUnsafeBufferPointer { b in
            Tokenizer().withTokens(bytes: b, summary: ByteSummary(b), tagging: KeyTagger(), scratch: &scratch) { view in
                let tags = zip(view.tokens, view.tags).map { $0.kind == .word ? $1 != 0 : $1 == 0 }
                #expect(view.tokens.count == 14 && tags.allSatisfy { $0 })
            }
        }
    }

    @Test func aCopiedTextsViewHasNoTags() {
        let text = Tokenizer().tokenize("Arrived late, box was damaged.")
        text.withView { view in
            #expect(view.tags.count == view.tokens.count && view.tags.allSatisfy { $0 == 0 })
        }
    }
}
