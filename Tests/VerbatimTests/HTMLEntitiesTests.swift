import Testing

@testable import Verbatim

/// HTML character references left by web exports are decoded before tokenizing.
struct HTMLEntitiesTests {
    func decoded(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { HTMLEntities.decode($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func namedAndNumericReferencesAreDecoded() {
        #expect(decoded("&lt;3 AT&amp;T &quot;ok&quot; don&#39;t &#x2764;&#xFE0F; a&nbsp;b &apos;") == "<3 AT&T \"ok\" don't ❤️ a\u{A0}b '")
    }

    @Test func textWithoutReferencesIsLeftAlone() {
        #expect(decoded("R&D, fish & chips; 5 < 6") == nil)
    }

    @Test func unknownOrInvalidReferencesStayAsWritten() {
        #expect(decoded("&bogus; &#0; &#xD800; &#; &#12345678; &amp") == nil)
        #expect(decoded("&bogus; &amp;") == "&bogus; &")
    }

    @Test func doubleEscapedTextIsDecodedOnce() {
        #expect(decoded("&amp;lt;3") == "&lt;3")
    }

    @Test func tokenizerReadsTheDecodedText() {
        let text = Tokenizer().tokenize("love it &lt;3 don&#39;t stop")
        #expect(text.tokens.map { text.text(of: $0) } == ["love", "it", "<3", "don't", "stop"])
        #expect(text.tokens[2].kind == .emoticon)
    }
}
