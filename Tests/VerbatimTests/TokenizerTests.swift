import Testing

@testable import Verbatim

struct TokenizerTests {
    func tokens(_ text: String) -> [(Token.Kind, String)] {
        let t = Tokenizer().tokenize(text)
        return t.tokens.map { ($0.kind, t.text(of: $0)) }
    }

    func texts(_ text: String) -> [String] { tokens(text).map(\.1) }

    @Test func keepsApostrophesInsideWords() {
        #expect(texts("I don't like the customer's tone") == ["i", "don't", "like", "the", "customer's", "tone"])
    }

    @Test func straightensCurlyApostrophes() {
        #expect(texts("It didn\u{2019}t work") == ["it", "didn't", "work"])
    }

    @Test func keepsNumbersWithSeparators() {
        let result = tokens("Paid 1,000 then 3.5 more")
        #expect(result.map(\.1) == ["paid", "1,000", "then", "3.5", "more"])
        #expect(result[1].0 == .number && result[3].0 == .number)
    }

    @Test func recognisesEmoticons() {
        let result = tokens("meh :( but ok :-) <3 ^_^ :D")
        #expect(result.filter { $0.0 == .emoticon }.map(\.1) == [":(", ":-)", "<3", "^_^", ":d"])
    }

    @Test func timesAreNotEmoticons() {
        #expect(tokens("open at 10:30 today").allSatisfy { $0.0 != .emoticon })
    }

    @Test func emojiWithModifiersAreOneToken() {
        let result = tokens("ok 👍🏽 and 🤦‍♀️ and ❤️")
        #expect(result.filter { $0.0 == .emoji }.map(\.1) == ["👍🏽", "🤦‍♀", "❤"])
    }

    @Test func urlsAndEmailsAreSingleTokens() {
        let result = tokens("see https://shop.example/orders/48213?x=1, or mail jane.doe@example.com.")
        #expect(result.contains { $0.0 == .url && $0.1 == "https://shop.example/orders/48213?x=1" })
        #expect(result.contains { $0.0 == .email && $0.1 == "jane.doe@example.com" })
    }

    @Test func handlesAndOrderNumbers() {
        let result = tokens("@NorthwindHelp order #48213 #fail")
        #expect(result[0].0 == .mention && result[0].1 == "@northwindhelp")
        #expect(result.contains { $0.0 == .number && $0.1 == "48213" })
        #expect(result.contains { $0.0 == .hashtag && $0.1 == "#fail" })
    }

    @Test func punctuationRunsAreKeptWhole() {
        let result = tokens("Really?! No!!!")
        #expect(result.filter { $0.0 == .punctuation }.map(\.1) == ["?!", "!!!"])
    }

    @Test func foldsCaseButRemembersAllCaps() {
        let t = Tokenizer().tokenize("It NEVER arrived")
        #expect(t.text(of: t.tokens[1]) == "never")
        #expect(t.tokens[1].isAllCaps)
        #expect(!t.tokens[0].isAllCaps)
        #expect(t.hasMixedCase)
        #expect(!Tokenizer().tokenize("ALL CAPS TEXT").hasMixedCase)
    }

    @Test func shortensElongatedWords() {
        let t = Tokenizer().tokenize("sooo slow foreverrr good")
        #expect(t.tokens.map { t.text(of: $0) } == ["soo", "slow", "foreverr", "good"])
        #expect(t.tokens.map(\.isElongated) == [true, false, true, false])
    }

    @Test func splitsSentencesAtStopsAndLineBreaks() {
        let t = Tokenizer().tokenize("Great app. But it crashes!\nFix it? Thanks")
        #expect(t.sentenceCount == 4)
        #expect(t.sentenceRange(0).map { t.text(of: t.tokens[$0]) } == ["great", "app", "."])
        #expect(t.sentenceRange(3).map { t.text(of: t.tokens[$0]) } == ["thanks"])
    }

    @Test func decimalPointDoesNotEndASentence() {
        #expect(Tokenizer().tokenize("It cost 3.5 pounds").sentenceCount == 1)
    }

    @Test func lowersLatinOneCapitals() {
        #expect(texts("CAFÉ Über") == ["café", "über"])
    }

    @Test func survivesInvalidUTF8AndControlBytes() {
        let bytes: [UInt8] = [0x66, 0x69, 0x6E, 0x65, 0x20, 0xFF, 0xC3, 0x00, 0x20, 0xF0, 0x9F, 0x20, 0x6F, 0x6B]
        var out = TokenizedText()
        bytes.withUnsafeBufferPointer { Tokenizer().tokenize(bytes: $0, into: &out) }
        #expect(out.tokens.first.map { out.text(of: $0) } == "fine")
        #expect(out.tokens.last.map { out.text(of: $0) } == "ok")
    }

    @Test func dropsByteOrderMark() {
        #expect(texts("\u{FEFF}hello") == ["hello"])
    }
}
