import Testing

@testable import Verbatim

/// The fast ``Tokenizer`` gives token for token what the straightforward ``ReferenceTokenizer``
/// gives, on random input built from the pieces every rule looks at.
struct TokenizerEquivalenceTests {
    static let pieces: [[UInt8]] = {
        let texts = [
            "good", "BAD", "Not", "sooo", "greeeat", "don't", "didn’t", "well-made", "wi-fi", "24-hour", "1,000", "3.5",
            "#48213", "#fail", "@bob", "@", "#", "me@x.org", "a.b@c.d", "x@y", "http://a.b/c?d=1).", "https://x.y",
            "www.shop.com,", "WWW.X.COM", "Http://", ":)", ":-(", ":D", "xD", "XD", "D:", "d:", "o_o", "t_t", "T_T",
            "^_^", "<3", "</3", ">:(", ":'(", "10:30", ":3", ":", ";", ",", ".", "...", "!", "?!", "!!!", "…", "😀",
            "👍🏽", "❤️", "🤦‍♀️", "⭐", "#️⃣", "\u{2764}\u{FE0F}", "é", "É", "Ünïcödé", "naïve", "×", "÷", "«", "©",
            "\u{A0}", "\u{2009}", "\u{2028}", "\u{3000}", "\u{FEFF}", "“", "”", "'", "\"", "(", ")", "-", "_", "__init",
            "the", "to", "of", "on", "day", "xx", "hello", "what", " ", "  ", "\t", "\n", "\r", "\r\n", "ÀÉÎ", "日本語",
            "1", "42", "a", "Z",
        ]
        return texts.map { Array($0.utf8) }
    }()

    /// A random text: pieces glued with or without spaces, with some stray and invalid bytes.
    static func randomText(_ random: inout SeededGenerator) -> [UInt8] {
        var out: [UInt8] = []
        if random.next() % 10 == 0 { out += [0xEF, 0xBB, 0xBF] }
        for _ in 0..<Int(random.next() % 24) {
            switch random.next() % 20 {
            case 0: out.append(UInt8(truncatingIfNeeded: random.next()))  // any byte, often invalid UTF-8
            case 1, 2: break
            default: out.append(0x20)
            }
            out += pieces[Int(random.next() % UInt64(pieces.count))]
        }
        return out
    }

    static func describe(_ t: TokenizedText) -> String {
        let tokens = t.tokens.map { "\($0.kind)|\(t.text(of: $0))|\($0.isAllCaps)|\($0.isElongated)" }
        return "\(tokens) \(t.sentenceStarts) \(t.hasMixedCase) \(t.normalized.count)"
    }

    @Test func agreesWithTheReferenceOnRandomText() {
        var random = SeededGenerator(seed: 2024)
        let fast = Tokenizer(), reference = ReferenceTokenizer()
        var reused = TokenizedText()  // reused across texts, as the scorer does
        var mismatches: [String] = []
        for _ in 0..<30_000 {
            let bytes = Self.randomText(&random)
            let expected = bytes.withUnsafeBufferPointer { b in
                var t = TokenizedText()
                reference.tokenize(bytes: b, into: &t)
                return t
            }
            bytes.withUnsafeBufferPointer { fast.tokenize(bytes: $0, into: &reused) }
            if reused.tokens != expected.tokens || reused.normalized != expected.normalized
                || reused.sentenceStarts != expected.sentenceStarts || reused.hasMixedCase != expected.hasMixedCase
            {
                mismatches.append("\(bytes): \(Self.describe(expected)) vs \(Self.describe(reused))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }

    @Test func textsDenseWithTokensGetMoreRoom() {
        // One token per byte ("!.!."), or per two ("a a "), is more than the first guess of room.
        let reference = ReferenceTokenizer()
        var reused = TokenizedText()
        for unit in ["!.", "a ", "x,", ":):(", "😀", "a.b "] {
            for count in [1, 5, 17, 40, 333, 5_000, 3, 40_000, 2] {  // 40,000 units pass Tokenizer.largeText
                let text = String(repeating: unit, count: count)
                Tokenizer().tokenize(text, into: &reused)
                let expected = reference.tokenize(text)
                #expect(reused.tokens == expected.tokens && reused.normalized == expected.normalized, "\(unit) × \(count)")
                #expect(reused.sentenceStarts == expected.sentenceStarts && reused.hasMixedCase == expected.hasMixedCase)
            }
        }
    }

    @Test func reusedStorageShrinksToTheNextText() {
        var t = TokenizedText()
        Tokenizer().tokenize("A long first comment, with many tokens! And two sentences.", into: &t)
        Tokenizer().tokenize("ok", into: &t)
        #expect(t.tokens.count == 1 && t.normalized == Array("ok".utf8) && t.sentenceStarts == [0])
        Tokenizer().tokenize("", into: &t)
        #expect(t.tokens.isEmpty && t.normalized.isEmpty && t.sentenceStarts.isEmpty && !t.hasMixedCase)
    }
}
