import Testing

@testable import Verbatim

struct MarkdownEscapingTests {
    @Test func neutralisesHTMLAndMarkdownSyntax() {
        let escaped = MarkdownEscaping.inline("a|b <script>x</script> `c` *d* _e_ [f](javascript:g) # h ~i~ $j$ & k")
        #expect(escaped == "a\\|b &lt;script&gt;x&lt;/script&gt; \\`c\\` \\*d\\* \\_e\\_ \\[f\\](javascript:g) \\# h \\~i\\~ \\$j\\$ &amp; k")
    }

    @Test func lineBreaksBecomeOneSpace() {
        #expect(MarkdownEscaping.inline("first\r\n\nsecond\u{2028}third") == "first second third")
    }

    @Test func longTextIsShortenedWithAnEllipsis() {
        let escaped = MarkdownEscaping.inline(String(repeating: "word ", count: 100), limit: 20)
        #expect(escaped.hasSuffix("…"))
        #expect(escaped.count <= 21)
    }
}

struct RecordFormatterTests {
    @Test func writesKeysInContractOrder() {
        let result = CommentResult(
            index: 3, id: "A\"17", sentiment: SentimentScore(compound: -0.62, positive: 0, neutral: 0.55, negative: 0.45),
            category: .init(id: 2, label: "late delivery"))
        #expect(
            RecordFormatter().json(result)
                == #"{"index":3,"id":"A\"17","sentiment":{"compound":-0.62,"label":"negative","positive":0,"neutral":0.55,"negative":0.45},"category":{"id":2,"label":"late delivery"}}"#)
    }

    @Test func uncategorizedIsNullAndErrorsReplaceResults() {
        let plain = CommentResult(index: 0, id: nil, sentiment: .neutralScore, category: nil)
        #expect(RecordFormatter().json(plain).hasSuffix(#","category":null}"#))
        let bad = CommentResult(index: 1, id: nil, sentiment: nil, category: nil, error: "x.csv:3: bad\nline")
        #expect(RecordFormatter().json(bad) == #"{"index":1,"error":"x.csv:3: bad\nline"}"#)
    }

    @Test func tabSeparatedLineFlattensTheText() {
        let line = RecordFormatter().tabSeparated(SentimentScore(compound: 0.5, positive: 1, neutral: 0, negative: 0), text: "a\tb\nc")
        #expect(line == "0.5\tpositive\ta b c")
    }
}

struct FormatTests {
    @Test func numbersAreFixedAndDeterministic() {
        #expect(Format.number(0.125, digits: 2) == "0.13")
        #expect(Format.number(-0.004, digits: 2) == "0.00")
        #expect(Format.compact(-0.62) == "-0.62")
        #expect(Format.compact(1) == "1")
        #expect(Format.count(1_234_567) == "1,234,567")
        #expect(Format.signed(0.42) == "+0.42")
    }
}
