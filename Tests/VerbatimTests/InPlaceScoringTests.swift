import Testing

@testable import Verbatim

/// The byte path reads tokens in place (``Tokenizer/withTokens(bytes:scratch:_:)``) and scores
/// them without the complaint details; it must see and score exactly what the copying path does.
struct InPlaceScoringTests {
    /// Random texts from the tokenizer's pieces, plus words of seven to nine letters, runs of
    /// three and mixed case: the edges of the eight-bytes-at-once word scan.
    static func randomText(_ random: inout SeededGenerator) -> [UInt8] {
        var out = TokenizerEquivalenceTests.randomText(&random)
        let words = ["shipped", "delivery", "arrivals", "SHIPPED", "Delivery", "looove", "LOOOVE", "aaa", "greeeat", "ok_1"]
        for _ in 0..<Int(random.next() % 4) {
            out.append(random.next() % 3 == 0 ? 0x2E : 0x20)
            out += Array(words[Int(random.next() % UInt64(words.count))].utf8)
        }
        return out
    }

    @Test func viewSeesTheTokensThatAreCopied() {
        var random = SeededGenerator(seed: 77)
        let tokenizer = Tokenizer()
        var copied = TokenizedText()
        var scratch = TokenizedText()  // reused across texts, as the byte path does
        var mismatches = 0
        for _ in 0..<20_000 {
            let bytes = Self.randomText(&random)
            bytes.withUnsafeBufferPointer { b in
                tokenizer.tokenize(bytes: b, into: &copied)
                let same = tokenizer.withTokens(bytes: b, scratch: &scratch) { view in
                    Array(view.tokens) == copied.tokens && Array(view.normalized) == copied.normalized
                        && Array(view.sentenceStarts) == copied.sentenceStarts && view.hasMixedCase == copied.hasMixedCase
                }
                if !same { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func bytePathScoresAsAnalyze() {
        var random = SeededGenerator(seed: 78)
        let scorer = SentimentScorer()
        var tokenized = TokenizedText()
        var scratch = SentimentScorer.Scratch()
        var mismatches: [String] = []
        var texts = (0..<20_000).map { _ in Self.randomText(&random) }
        // A text over the size whose scratch is let go after it, then short ones again.
        texts.insert(Array(String(repeating: "Not good at all, sooo slow! ", count: 3_000).utf8), at: 10)
        for bytes in texts {
            let expected = scorer.analyze(String(decoding: bytes, as: UTF8.self)).score
            var valid = String(decoding: bytes, as: UTF8.self)  // the byte path takes valid UTF-8
            let score = valid.withUTF8 { scorer.score(bytes: $0, tokenized: &tokenized, scratch: &scratch) }
            if score != expected { mismatches.append(String(decoding: bytes, as: UTF8.self)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }
}
